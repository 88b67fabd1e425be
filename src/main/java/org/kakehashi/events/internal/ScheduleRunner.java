package org.kakehashi.events.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;
import org.kakehashi.scheduling.Assignment;
import org.kakehashi.scheduling.Instance;
import org.kakehashi.scheduling.MeetingScheduler;
import org.kakehashi.scheduling.SchedulingResult;
import org.kakehashi.scheduling.SolveOptions;
import org.kakehashi.scheduling.SolveProgressListener;
import org.kakehashi.shared.InstanceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the scheduler off the request thread (on the application task executor, virtual
 * threads). Each run holds a lease in the database, renewed with its progress by
 * {@link RunLeases}; the solver itself stays plain Java and only sees a cancellation flag
 * through its {@link SolveProgressListener}. The result goes to the run's tables unless
 * the run was cancelled or lost its lease meanwhile.
 */
@Component
public class ScheduleRunner {

	private static final Logger log = LoggerFactory.getLogger(ScheduleRunner.class);

	/** How long a run stays ours without renewal; {@link RunLeases} renews far sooner. */
	static final Duration LEASE = Duration.ofSeconds(30);

	private static final Pattern PARTICIPANT_ID = Pattern.compile("p-(\\d+)");

	private final TaskExecutor executor;

	private final RunRepository runs;

	private final TransactionTemplate transactions;

	private final InstanceId instance;

	private final Clock clock;

	private final MeetingScheduler scheduler = new MeetingScheduler();

	private final Map<Long, LiveRun> live = new ConcurrentHashMap<>();

	ScheduleRunner(@Qualifier("applicationTaskExecutor") TaskExecutor executor, RunRepository runs,
			TransactionTemplate transactions, InstanceId instance, Clock clock) {
		this.executor = executor;
		this.runs = runs;
		this.transactions = transactions;
		this.instance = instance;
		this.clock = clock;
	}

	/**
	 * The run's context: how contract ids map back to rows, and names for the reasons.
	 */
	public record Mapping(Map<String, Long> slotIds, Map<Long, String> participantNames) {
	}

	/**
	 * A run this instance solves: the solver reports into it and polls its cancellation
	 * flag; the lease renewal reads the one and sets the other.
	 */
	static final class LiveRun implements SolveProgressListener {

		final long runId;

		final AtomicBoolean cancel = new AtomicBoolean();

		volatile int percent;

		volatile int placed;

		LiveRun(long runId) {
			this.runId = runId;
		}

		@Override
		public void onProgress(double fractionDone, int bestPlaced) {
			percent = (int) Math.round(Math.min(1, fractionDone) * 100);
			placed = bestPlaced;
		}

		@Override
		public boolean cancelRequested() {
			return cancel.get();
		}

	}

	/** Records a new solver run held by this instance; call before {@link #submit}. */
	public long begin(String eventId, String username, int total) {
		return runs.startLeased(eventId, username, total, instance.value(), leaseUntil());
	}

	OffsetDateTime leaseUntil() {
		return clock.instant().plus(LEASE).atOffset(ZoneOffset.UTC);
	}

	public void submit(long runId, Instance problem, SolveOptions options, Mapping mapping) {
		LiveRun run = new LiveRun(runId);
		live.put(runId, run);
		Runnable solve = () -> executor.execute(() -> solve(run, problem, options.withProgress(run), mapping));
		// The run's row must be committed before the solver writes its result next to it.
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status == STATUS_COMMITTED) {
						solve.run();
					}
					else {
						live.remove(runId);
					}
				}
			});
		}
		else {
			solve.run();
		}
	}

	/**
	 * Stops a run if this instance solves it (after the caller's transaction commits);
	 * runs on other instances see the request in the database at their next renewal.
	 */
	public void cancelLocally(long runId) {
		Runnable stop = () -> {
			LiveRun run = live.get(runId);
			if (run != null) {
				run.cancel.set(true);
			}
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					stop.run();
				}
			});
		}
		else {
			stop.run();
		}
	}

	/** The runs this instance is solving now. */
	List<LiveRun> live() {
		return List.copyOf(live.values());
	}

	private void solve(LiveRun run, Instance problem, SolveOptions options, Mapping mapping) {
		long runId = run.runId;
		try {
			SchedulingResult result = run.cancel.get() ? null : scheduler.schedule(problem, options);
			boolean stored = result != null && !run.cancel.get()
					&& Boolean.TRUE.equals(transactions.execute(tx -> store(runId, problem.event(), result, mapping)));
			if (!stored && !runs.cancelled(runId)) {
				log.warn("Scheduler run {} lost its lease before it finished; its result is dropped", runId);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Scheduler run {} failed", runId, ex);
			runs.fail(runId, String.valueOf(ex.getMessage()));
		}
		finally {
			live.remove(runId);
		}
	}

	private boolean store(long runId, String eventId, SchedulingResult result, Mapping mapping) {
		List<RunRepository.RunAssignment> placed = new ArrayList<>();
		for (Assignment a : result.schedule().assignments()) {
			placed.add(new RunRepository.RunAssignment(InstanceMapper.requestId(a.meeting()),
					mapping.slotIds().get(a.slot()), a.table()));
		}
		Map<Long, String> reasons = new LinkedHashMap<>();
		result.unplacedReasons()
			.forEach((m, reason) -> reasons.put(InstanceMapper.requestId(m), names(reason, mapping)));
		if (!runs.finish(runId, placed, reasons, result.stats().total(), result.stats().movedFromPrevious(),
				result.stats().stopReason())) {
			return false;
		}
		return true;
	}

	/** The solver names participants by contract id; organisers read names. */
	private static String names(String reason, Mapping mapping) {
		Matcher m = PARTICIPANT_ID.matcher(reason);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String name = mapping.participantNames().get(Long.parseLong(m.group(1)));
			m.appendReplacement(out, Matcher.quoteReplacement(name == null ? m.group() : name));
		}
		m.appendTail(out);
		return out.toString();
	}

	/**
	 * A graceful stop ends this instance's runs at once (as failed: the instance stopped)
	 * instead of leaving them for the sweep.
	 */
	@PreDestroy
	void stop() {
		live.values().forEach(r -> r.cancel.set(true));
		try {
			runs.abandon(instance.value(), clock.instant().atOffset(ZoneOffset.UTC));
		}
		catch (RuntimeException ex) {
			log.warn("Could not end this instance's scheduler runs", ex);
		}
	}

}
