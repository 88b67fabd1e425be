package org.kakehashi.directory.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.kakehashi.shared.InstanceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the import jobs of this instance alive and finds those of instances that died: a
 * running job whose heartbeat is older than {@link #STALE} is marked interrupted, on
 * start-up and every 20 seconds. Safe with several instances: the sweep is one
 * conditional update.
 */
@Component
public class ImportJobWatch {

	private static final Logger log = LoggerFactory.getLogger(ImportJobWatch.class);

	/** A heartbeat older than this means the instance is gone. */
	static final Duration STALE = Duration.ofMinutes(1);

	private static final Duration MAPPING_KEPT = Duration.ofDays(1);

	private static final Duration JOBS_KEPT = Duration.ofDays(30);

	private final ImportJobRepository jobs;

	private final InstanceId instance;

	private final Clock clock;

	ImportJobWatch(ImportJobRepository jobs, InstanceId instance, Clock clock) {
		this.jobs = jobs;
		this.instance = instance;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${kakehashi.directory.import-heartbeat:PT15S}")
	void renew() {
		jobs.renew(instance.value(), clock.instant());
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		sweep();
	}

	@Scheduled(fixedDelayString = "${kakehashi.directory.import-sweep:PT20S}", initialDelayString = "PT20S")
	void scheduledSweep() {
		sweep();
	}

	/**
	 * Marks jobs of dead instances interrupted and forgets old jobs.
	 * @return how many jobs were marked interrupted
	 */
	public int sweep() {
		Instant now = clock.instant();
		int interrupted = jobs.interruptStale(now.minus(STALE), now);
		if (interrupted > 0) {
			log.warn("{} import job(s) interrupted: their instance stopped renewing its heartbeat", interrupted);
		}
		for (String upload : jobs.abandonedUploads(now.minus(MAPPING_KEPT))) {
			deleteQuietly(upload);
		}
		jobs.purge(now.minus(MAPPING_KEPT), now.minus(JOBS_KEPT));
		return interrupted;
	}

	private static void deleteQuietly(String upload) {
		try {
			Files.deleteIfExists(Path.of(upload));
		}
		catch (Exception ex) {
			log.debug("Could not delete {}", upload, ex);
		}
	}

}
