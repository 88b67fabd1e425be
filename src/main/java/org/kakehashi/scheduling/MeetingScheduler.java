package org.kakehashi.scheduling;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * Schedules the partnering meetings of an event: greedy construction (most important and
 * most constrained first), then ejection-chain search for more and more important
 * meetings, then gap compaction that never changes what is placed. See
 * docs/decisions/0003-meeting-scheduler.md. Thread-safe: keeps no state between solves.
 */
public final class MeetingScheduler {

	/**
	 * Share of the time limit the placement search may use; the rest is for compaction.
	 */
	private static final double SEARCH_SHARE = 0.85;

	/** The contract schedule only. */
	public Schedule solve(Instance instance, SolveOptions options) {
		return schedule(instance, options).schedule();
	}

	/**
	 * Solves and explains the left-out meetings.
	 * @throws InvalidInstanceException if a pinned assignment is unknown or breaks a hard
	 * rule
	 */
	public SchedulingResult schedule(Instance instance, SolveOptions options) {
		SolveBudget budget = new SolveBudget(options);
		IndexedInstance in = new IndexedInstance(instance);
		Placement pl = new Placement(in);
		StartingPoint start = StartingPoint.apply(pl, options);
		SplittableRandom random = new SplittableRandom(options.seed());
		new GreedyConstruction(pl, random).run();
		budget.report(pl.placed());
		new EjectionSearch(pl, random, budget, SEARCH_SHARE).run();
		new GapCompaction(pl, budget).run();
		budget.finish(pl.placed());
		Schedule schedule = TableNumbering.toSchedule(pl, start);
		return new SchedulingResult(schedule, UnplacedReasons.explain(pl), stats(pl, budget));
	}

	private static SolveStats stats(Placement pl, SolveBudget budget) {
		IndexedInstance in = pl.in;
		int[] placed = new int[4];
		int[] total = new int[4];
		for (int m = 0; m < in.meetings; m++) {
			total[in.priority[m]]++;
			if (pl.slotOf[m] != Placement.NONE) {
				placed[in.priority[m]]++;
			}
		}
		return new SolveStats(pl.placed(), in.meetings, placed, total, IdleGaps.total(pl), pl.moved(),
				budget.iterations(), Duration.ofNanos(budget.elapsedNanos()), budget.stopReason());
	}

}
