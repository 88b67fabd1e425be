package org.kakehashi.scheduling;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.kakehashi.scheduling.Placement.Score;

/**
 * Improves the placement with ejection chains. An unplaced meeting is forced into a slot;
 * the meetings in its way (sharing a participant, or holding the last table) are ejected
 * and re-placed elsewhere, recursively up to {@link #DEPTH} levels (an augmenting path).
 * A chain is kept only if the score (placed, then priority 1, then 2, then fewer moved
 * published meetings) gets better; otherwise it is rolled back. When a whole pass finds
 * nothing, sideways chains of equal score are accepted too (with a tabu tenure so they
 * are not undone at once), which walks the plateau until a new augmenting path appears.
 */
final class EjectionSearch {

	private static final int DEPTH = 3;

	private static final int INNER_BREADTH = 6;

	private static final int NODE_LIMIT = 600;

	private static final int MAX_STALE_PASSES = 12;

	private static final int TABU_TENURE = 40;

	private final Placement pl;

	private final IndexedInstance in;

	private final SplittableRandom random;

	private final SolveBudget budget;

	private final double timeShare;

	private final int[] chainStamp;

	private final long[] tabuUntil;

	private final Ejections ejections;

	private int stamp;

	private int nodes;

	private long step;

	EjectionSearch(Placement pl, SplittableRandom random, SolveBudget budget, double timeShare) {
		this.pl = pl;
		this.in = pl.in;
		this.random = random;
		this.budget = budget;
		this.timeShare = timeShare;
		chainStamp = new int[in.meetings];
		tabuUntil = new long[in.meetings];
		ejections = new Ejections(pl, random, chainStamp);
	}

	void run() {
		int stale = 0;
		while (stale < MAX_STALE_PASSES && !stop()) {
			boolean sideways = stale > 0;
			boolean improved = false;
			for (int m : candidates(sideways)) {
				if (stop()) {
					break;
				}
				if (pl.slotOf[m] == Placement.NONE) {
					budget.tick();
					step++;
					improved |= improve(m, sideways);
					budget.report(pl.placed());
				}
			}
			stale = improved ? 0 : stale + 1;
		}
	}

	private boolean stop() {
		return budget.searchExhausted(timeShare);
	}

	/**
	 * Unplaced meetings worth trying, most important first, shuffled within a priority.
	 */
	private int[] candidates(boolean sideways) {
		List<List<Integer>> byPriority = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		for (int m = 0; m < in.meetings; m++) {
			if (pl.slotOf[m] == Placement.NONE && in.feasibleCount[m] > 0) {
				byPriority.get(in.priority[m] - 1).add(m);
			}
		}
		int[] order = new int[in.meetings];
		int n = 0;
		for (List<Integer> group : byPriority) {
			int start = n;
			for (int m : group) {
				order[n++] = m;
			}
			shuffle(order, start, n);
		}
		return java.util.Arrays.copyOf(order, n);
	}

	/** Tries to place m; returns true if the score improved. */
	private boolean improve(int m, boolean sideways) {
		int direct = SlotChoice.best(pl, m);
		if (direct != Placement.NONE) {
			pl.place(m, direct);
			pl.commit();
			return true;
		}
		Score before = pl.score();
		nodes = 0;
		for (int s : ejections.slotsByCost(m, Integer.MAX_VALUE)) {
			if (nodes > NODE_LIMIT * 4) {
				break;
			}
			stamp++;
			int mark = pl.mark();
			int[] ejected = ejections.eject(m, s, stamp);
			if (ejected == null) {
				continue;
			}
			pl.place(m, s);
			chainStamp[m] = stamp;
			for (int b : ejected) {
				insert(b, DEPTH - 1);
			}
			fillFreed(ejected, s);
			int c = pl.score().compareTo(before);
			if (c > 0 || c == 0 && sideways && notTabu(ejected)) {
				tabuUntil[m] = step + TABU_TENURE;
				pl.commit();
				return c > 0;
			}
			pl.rollback(mark);
		}
		return false;
	}

	/**
	 * Ejected meetings free their other participants in slot s; an unplaced meeting of
	 * theirs may fit there now. This turns "swap a meeting between two over-requested
	 * participants for one with a less busy partner" into a net gain in a single step.
	 */
	private void fillFreed(int[] ejected, int s) {
		for (int b : ejected) {
			for (int i = in.partStart[b]; i < in.partStart[b + 1]; i++) {
				int q = in.parts[i];
				if (!pl.busy(q, s)) {
					fillCell(q, s);
				}
			}
		}
	}

	private void fillCell(int q, int s) {
		int best = Placement.NONE;
		for (int i = in.meetStart[q]; i < in.meetStart[q + 1]; i++) {
			int m = in.meetOf[i];
			if (pl.slotOf[m] == Placement.NONE && pl.fits(m, s)
					&& (best == Placement.NONE || in.priority[m] < in.priority[best])) {
				best = m;
			}
		}
		if (best != Placement.NONE) {
			pl.place(best, s);
			chainStamp[best] = stamp;
		}
	}

	private boolean notTabu(int[] ejected) {
		for (int b : ejected) {
			if (pl.slotOf[b] == Placement.NONE && tabuUntil[b] > step) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Places m, possibly by a chain of ejections; on failure leaves the state unchanged.
	 */
	private boolean insert(int m, int depth) {
		int direct = SlotChoice.best(pl, m);
		if (direct != Placement.NONE) {
			pl.place(m, direct);
			chainStamp[m] = stamp;
			return true;
		}
		if (depth == 0) {
			return false;
		}
		for (int s : ejections.slotsByCost(m, INNER_BREADTH)) {
			if (++nodes > NODE_LIMIT) {
				return false;
			}
			int mark = pl.mark();
			int[] ejected = ejections.eject(m, s, stamp);
			if (ejected == null) {
				continue;
			}
			pl.place(m, s);
			chainStamp[m] = stamp;
			if (insertAll(ejected, depth - 1)) {
				return true;
			}
			pl.rollback(mark);
		}
		return false;
	}

	private boolean insertAll(int[] meetings, int depth) {
		for (int b : meetings) {
			if (!insert(b, depth)) {
				return false;
			}
		}
		return true;
	}

	private void shuffle(int[] a, int from, int to) {
		for (int i = to - 1; i > from; i--) {
			int j = from + random.nextInt(i - from + 1);
			int t = a[i];
			a[i] = a[j];
			a[j] = t;
		}
	}

}
