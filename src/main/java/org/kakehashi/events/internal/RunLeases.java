package org.kakehashi.events.internal;

import java.time.Clock;
import java.time.ZoneOffset;

import org.kakehashi.shared.InstanceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The leases of scheduler runs. Every two seconds this instance renews the lease of each
 * run it solves, writing its progress (so the page shows it on any instance) and picking
 * up a cancellation asked for on any instance. Every 15 seconds (and on start-up) any
 * instance ends runs whose lease ran out: with a 30-second lease, a run whose instance
 * died is marked failed within a minute.
 */
@Component
public class RunLeases {

	private static final Logger log = LoggerFactory.getLogger(RunLeases.class);

	private final ScheduleRunner runner;

	private final RunRepository runs;

	private final InstanceId instance;

	private final Clock clock;

	RunLeases(ScheduleRunner runner, RunRepository runs, InstanceId instance, Clock clock) {
		this.runner = runner;
		this.runs = runs;
		this.instance = instance;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${kakehashi.events.run-renewal:PT2S}")
	public void renew() {
		for (ScheduleRunner.LiveRun run : runner.live()) {
			try {
				RunRepository.Renewal renewal = runs.renew(run.runId, instance.value(), runner.leaseUntil(),
						run.percent, run.placed);
				if (renewal != RunRepository.Renewal.KEEP) {
					run.cancel.set(true);
				}
			}
			catch (RuntimeException ex) {
				log.warn("Could not renew the lease of scheduler run {}", run.runId, ex);
			}
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		sweep();
	}

	/**
	 * Ends runs whose lease ran out.
	 * @return how many runs were ended
	 */
	@Scheduled(fixedDelayString = "${kakehashi.events.run-sweep:PT15S}", initialDelayString = "PT15S")
	public int sweep() {
		int ended = runs.expireLeases(clock.instant().atOffset(ZoneOffset.UTC));
		if (ended > 0) {
			log.warn("{} scheduler run(s) ended: their instance stopped renewing the lease", ended);
		}
		return ended;
	}

}
