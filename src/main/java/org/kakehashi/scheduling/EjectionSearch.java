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
 * nothing, sideways chains of equal score are accepted too (with a tabu tenure so they are
 * not undone at once), which walks the plateau until a new augmenting path appears.
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
		return budget.exhausted() || budget.fraction() >= timeShare;
	}

	/** Unplaced meetings worth trying, most important first, shuffled within a priority. */
	private int[] candidates(boolean sideways) {
		List<List<Integer>> byPriority = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		for (int m = 0; m < in.meetings; m++) {
			if (pl.slotOf[m] == Placement.NONE && in.feasibleCount[m] > 0 && (sideways || canGain(m))) {
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

	/**
	 * A meeting with a fully booked participant can only replace one of that participant's
	 * meetings; that gains nothing unless it is more important than the one it replaces.
	 */
	private boolean canGain(int m) {
		for (int i = in.partStart[m]; i < in.partStart[m + 1]; i++) {
			if (pl.fullyBooked(in.parts[i]) && in.priority[m] == 3) {
				return false;
			}
		}
		return true;
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
		for (int s : slotsByCost(m, Integer.MAX_VALUE)) {
			if (nodes > NODE_LIMIT * 4) {
				break;
			}
			stamp++;
			int mark = pl.mark();
			int[] ejected = eject(m, s);
			if (ejected == null) {
				continue;
			}
			pl.place(m, s);
			chainStamp[m] = stamp;
			for (int b : ejected) {
				insert(b, DEPTH - 1);
			}
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

	private boolean notTabu(int[] ejected) {
		for (int b : ejected) {
			if (pl.slotOf[b] == Placement.NONE && tabuUntil[b] > step) {
				return false;
			}
		}
		return true;
	}

	/** Places m, possibly by a chain of ejections; on failure leaves the state unchanged. */
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
		for (int s : slotsByCost(m, INNER_BREADTH)) {
			if (++nodes > NODE_LIMIT) {
				return false;
			}
			int mark = pl.mark();
			int[] ejected = eject(m, s);
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

	/**
	 * Unplaces what stands in m's way in slot s and returns it, or returns null (changing
	 * nothing) if a pinned meeting or one placed earlier in this chain is in the way.
	 */
	private int[] eject(int m, int s) {
		int[] blockers = blockers(m, s);
		if (blockers == null) {
			return null;
		}
		if (blockers.length == 0) {
			int victim = tableVictim(s);
			if (victim == Placement.NONE) {
				return null;
			}
			blockers = new int[] { victim };
		}
		for (int b : blockers) {
			pl.unplace(b);
		}
		return blockers;
	}

	private int[] blockers(int m, int s) {
		int[] found = new int[in.partStart[m + 1] - in.partStart[m]];
		int n = 0;
		for (int i = in.partStart[m]; i < in.partStart[m + 1]; i++) {
			int b = pl.occupant(in.parts[i], s);
			if (b != Placement.NONE && !contains(found, n, b)) {
				if (pl.pinned[b] || chainStamp[b] == stamp) {
					return null;
				}
				found[n++] = b;
			}
		}
		return java.util.Arrays.copyOf(found, n);
	}

	/** A meeting to move out of a slot whose tables are all taken: one that can move directly if any. */
	private int tableVictim(int s) {
		int used = pl.used(s);
		if (used == 0) {
			return Placement.NONE;
		}
		int start = random.nextInt(used);
		int fallback = Placement.NONE;
		for (int k = 0; k < used; k++) {
			int b = pl.meetingAt(s, (start + k) % used);
			if (pl.pinned[b] || chainStamp[b] == stamp) {
				continue;
			}
			if (hasFreeSlot(b)) {
				return b;
			}
			fallback = fallback == Placement.NONE ? b : fallback;
		}
		return fallback;
	}

	private boolean hasFreeSlot(int m) {
		for (int w = 0; w < in.words; w++) {
			if (pl.freeWord(m, w) != 0) {
				return true;
			}
		}
		return false;
	}

	/** Feasible slots of m other than its own, cheapest ejection first, at most limit. */
	private int[] slotsByCost(int m, int limit) {
		int[] slots = new int[in.feasibleCount[m]];
		int[] cost = new int[in.slots];
		int n = 0;
		for (int s = 0; s < in.slots; s++) {
			if (pl.feasible(m, s) && s != pl.slotOf[m]) {
				cost[s] = ejectionCost(m, s);
				if (cost[s] < Integer.MAX_VALUE) {
					slots[n++] = s;
				}
			}
		}
		shuffle(slots, 0, n);
		Integer[] boxed = new Integer[n];
		for (int i = 0; i < n; i++) {
			boxed[i] = slots[i];
		}
		java.util.Arrays.sort(boxed, (a, b) -> Integer.compare(cost[a], cost[b]));
		int size = Math.min(n, limit);
		int[] result = new int[size];
		for (int i = 0; i < size; i++) {
			result[i] = boxed[i];
		}
		return result;
	}

	/** Blockers to re-place (more important ones count more); MAX_VALUE if blocked for good. */
	private int ejectionCost(int m, int s) {
		int cost = 0;
		for (int i = in.partStart[m]; i < in.partStart[m + 1]; i++) {
			int b = pl.occupant(in.parts[i], s);
			if (b != Placement.NONE) {
				if (pl.pinned[b]) {
					return Integer.MAX_VALUE;
				}
				cost += 8 - 2 * in.priority[b] + (pl.fullyBooked(in.parts[i]) ? 8 : 0);
			}
		}
		return cost == 0 && !pl.tableFree(s) ? 3 : cost;
	}

	private void shuffle(int[] a, int from, int to) {
		for (int i = to - 1; i > from; i--) {
			int j = from + random.nextInt(i - from + 1);
			int t = a[i];
			a[i] = a[j];
			a[j] = t;
		}
	}

	private static boolean contains(int[] a, int n, int v) {
		for (int i = 0; i < n; i++) {
			if (a[i] == v) {
				return true;
			}
		}
		return false;
	}
}
