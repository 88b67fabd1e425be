package org.kakehashi.scheduling;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The neighbourhood of the ejection-chain search: which meetings stand in a meeting's way
 * in a slot, and which slots are cheapest to clear. Meetings placed earlier in the
 * current chain (marked with the chain's stamp) and pinned meetings are never ejected.
 */
final class Ejections {

	private final Placement pl;

	private final IndexedInstance in;

	private final SplittableRandom random;

	private final int[] chainStamp;

	Ejections(Placement pl, SplittableRandom random, int[] chainStamp) {
		this.pl = pl;
		this.in = pl.in;
		this.random = random;
		this.chainStamp = chainStamp;
	}

	/**
	 * Unplaces what stands in m's way in slot s and returns it, or returns null (changing
	 * nothing) if a pinned meeting or one placed earlier in this chain is in the way.
	 */
	int[] eject(int m, int s, int stamp) {
		int[] blockers = blockers(m, s, stamp);
		if (blockers == null) {
			return null;
		}
		if (blockers.length == 0) {
			int victim = tableVictim(s, stamp);
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

	private int[] blockers(int m, int s, int stamp) {
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
		return Arrays.copyOf(found, n);
	}

	/**
	 * A meeting to move out of a slot whose tables are all taken: one that can move
	 * directly if any.
	 */
	private int tableVictim(int s, int stamp) {
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
	int[] slotsByCost(int m, int limit) {
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
		Arrays.sort(boxed, (a, b) -> Integer.compare(cost[a], cost[b]));
		int size = Math.min(n, limit);
		int[] result = new int[size];
		for (int i = 0; i < size; i++) {
			result[i] = boxed[i];
		}
		return result;
	}

	/**
	 * Blockers to re-place (more important ones count more); MAX_VALUE if blocked for
	 * good.
	 */
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
