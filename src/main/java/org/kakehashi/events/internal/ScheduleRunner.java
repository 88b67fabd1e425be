package org.kakehashi.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kakehashi.events.RunProgress;
import org.kakehashi.events.ScheduleOptimized;
import org.kakehashi.scheduling.Assignment;
import org.kakehashi.scheduling.Instance;
import org.kakehashi.scheduling.MeetingScheduler;
import org.kakehashi.scheduling.SchedulingResult;
import org.kakehashi.scheduling.SolveOptions;
import org.kakehashi.scheduling.SolveProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the scheduler off the request thread (on the application task executor, virtual
 * threads) and keeps each running solve's progress in memory for the polling page; the
 * result goes to the run's tables. Progress of a run on another instance is read from its
 * row instead.
 */
@Component
public class ScheduleRunner {

	private static final Logger log = LoggerFactory.getLogger(ScheduleRunner.class);

	private static final Pattern PARTICIPANT_ID = Pattern.compile("p-(\\d+)");

	private final TaskExecutor executor;

	private final RunRepository runs;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher publisher;

	private final MeetingScheduler scheduler = new MeetingScheduler();

	private final Map<Long, RunProgress> progress = new ConcurrentHashMap<>();

	ScheduleRunner(@Qualifier("applicationTaskExecutor") TaskExecutor executor, RunRepository runs,
			TransactionTemplate transactions, ApplicationEventPublisher publisher) {
		this.executor = executor;
		this.runs = runs;
		this.transactions = transactions;
		this.publisher = publisher;
	}

	/**
	 * The run's context: how contract ids map back to rows, and names for the reasons.
	 */
	public record Mapping(Map<String, Long> slotIds, Map<Long, String> participantNames) {
	}

	public void submit(long runId, Instance instance, SolveOptions options, Mapping mapping) {
		int total = instance.meetings().size();
		progress.put(runId, new RunProgress(runId, 0, 0, total, false, false));
		SolveProgressListener listener = (fraction, placed) -> progress.put(runId,
				new RunProgress(runId, (int) Math.round(Math.min(1, fraction) * 100), placed, total, false, false));
		Runnable solve = () -> executor.execute(() -> solve(runId, instance, options.withProgress(listener), mapping));
		// The run's row must be committed before the solver writes its result next to it.
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					solve.run();
				}
			});
		}
		else {
			solve.run();
		}
	}

	private void solve(long runId, Instance instance, SolveOptions options, Mapping mapping) {
		int total = instance.meetings().size();
		try {
			SchedulingResult result = scheduler.schedule(instance, options);
			transactions.executeWithoutResult(tx -> store(runId, instance.event(), result, mapping));
			progress.put(runId, new RunProgress(runId, 100, result.stats().placed(), total, true, false));
		}
		catch (RuntimeException ex) {
			log.warn("Scheduler run {} failed", runId, ex);
			runs.fail(runId, String.valueOf(ex.getMessage()));
			progress.put(runId, new RunProgress(runId, 100, 0, total, true, true));
		}
	}

	private void store(long runId, String eventId, SchedulingResult result, Mapping mapping) {
		List<RunRepository.RunAssignment> placed = new ArrayList<>();
		for (Assignment a : result.schedule().assignments()) {
			placed.add(new RunRepository.RunAssignment(InstanceMapper.requestId(a.meeting()),
					mapping.slotIds().get(a.slot()), a.table()));
		}
		Map<Long, String> reasons = new java.util.LinkedHashMap<>();
		result.unplacedReasons()
			.forEach((m, reason) -> reasons.put(InstanceMapper.requestId(m), names(reason, mapping)));
		runs.finish(runId, placed, reasons, result.stats().total(), result.stats().movedFromPrevious(),
				result.stats().stopReason());
		publisher.publishEvent(new ScheduleOptimized(eventId, runId, placed.size(), result.stats().total()));
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
	 * In-memory progress of a run this instance started; empty once forgotten or if
	 * started elsewhere.
	 */
	public java.util.Optional<RunProgress> progress(long runId) {
		return java.util.Optional.ofNullable(progress.get(runId));
	}

}
