package org.kakehashi.bench.scheduling;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * An integral feasible solution of the LP dual (see {@link UpperBound}): choose for every
 * participant p a set of slots S[p] (μ[p,s] = 1) and a set of table-limited slots L
 * (λ[s] = 1); every meeting with a feasible slot outside L ∪ ⋃_{p∈m} S[p] pays u[m] = 1.
 * Every (meeting, slot) pair is then covered, so
 * <pre>B = Σ_{s∈L} tables[s] + Σ_p |S[p] \ L| + #{m : F(m) ⊄ L ∪ ⋃_{p∈m} S[p]}</pre>
 * bounds the placed count of any schedule. The choice is optimised by block coordinate
 * descent: for one participant, with everything else fixed, the best S[p] is the slot side
 * of a minimum vertex cover of p's meetings × their still-uncovered slots, which König's
 * theorem gives from a maximum bipartite matching. L is chosen among unions of whole days.
 * This captures the dominant limits exactly: over-requested participants (their matching
 * capacity), meetings whose participants share no slot, and table capacity.
 */
final class CoverBound {

	private final BoundInput in;
	private final long[] cover;
	private final long[] tableSlots;
	private final int words;

	CoverBound(BoundInput in) {
		this.in = in;
		this.words = in.words;
		cover = new long[in.participants * words];
		tableSlots = new long[words];
	}

	/** Runs the descent and returns the bound and the multipliers it ends with. */
	int compute(int sweeps) {
		int best = cost();
		for (int sweep = 0; sweep < sweeps; sweep++) {
			for (int p = 0; p < in.participants; p++) {
				improve(p);
			}
			chooseTableDays();
			int now = cost();
			if (now >= best) {
				return Math.min(best, now);
			}
			best = now;
		}
		return best;
	}

	double[] lambda() {
		double[] lambda = new double[in.slots];
		for (int s = 0; s < in.slots; s++) {
			lambda[s] = bit(tableSlots, 0, s) ? 1 : 0;
		}
		return lambda;
	}

	double[] mu() {
		double[] mu = new double[in.participants * in.slots];
		for (int p = 0; p < in.participants; p++) {
			for (int s = 0; s < in.slots; s++) {
				mu[p * in.slots + s] = bit(cover, p * words, s) && !bit(tableSlots, 0, s) ? 1 : 0;
			}
		}
		return mu;
	}

	int cost() {
		int cost = 0;
		for (int s = 0; s < in.slots; s++) {
			cost += bit(tableSlots, 0, s) ? in.tables[s] : 0;
		}
		for (int p = 0; p < in.participants; p++) {
			for (int w = 0; w < words; w++) {
				cost += Long.bitCount(cover[p * words + w] & ~tableSlots[w]);
			}
		}
		for (int m = 0; m < in.meetings; m++) {
			cost += uncovered(m, -1, 0) ? 1 : 0;
		}
		return cost;
	}

	/** Whether meeting m keeps a feasible slot not covered by L or its participants other than skip. */
	private boolean uncovered(int m, int skip, int w0) {
		for (int w = 0; w < words; w++) {
			if (remaining(m, skip, w) != 0) {
				return true;
			}
		}
		return false;
	}

	private long remaining(int m, int skip, int w) {
		long bits = in.feasible[m * words + w] & ~tableSlots[w];
		for (int p : in.parts[m]) {
			if (p != skip) {
				bits &= ~cover[p * words + w];
			}
		}
		return bits;
	}

	/** Replaces S[p] by the slot side of a König cover if that is cheaper. */
	private void improve(int p) {
		int[] meetings = in.meetingsOf[p];
		long[][] edges = new long[meetings.length][words];
		int currentCost = 0;
		for (int w = 0; w < words; w++) {
			currentCost += Long.bitCount(cover[p * words + w] & ~tableSlots[w]);
		}
		for (int i = 0; i < meetings.length; i++) {
			boolean left = false;
			for (int w = 0; w < words; w++) {
				edges[i][w] = remaining(meetings[i], p, w);
				left |= (edges[i][w] & ~cover[p * words + w]) != 0;
			}
			currentCost += left ? 1 : 0;
		}
		long[] newCover = konigSlotSide(edges);
		int newCost = countUncoveredCost(edges, newCover);
		if (newCost < currentCost) {
			System.arraycopy(newCover, 0, cover, p * words, words);
		}
	}

	private int countUncoveredCost(long[][] edges, long[] slotsChosen) {
		int cost = 0;
		for (int w = 0; w < words; w++) {
			cost += Long.bitCount(slotsChosen[w] & ~tableSlots[w]);
		}
		for (long[] e : edges) {
			boolean left = false;
			for (int w = 0; w < words; w++) {
				left |= (e[w] & ~slotsChosen[w]) != 0;
			}
			cost += left ? 1 : 0;
		}
		return cost;
	}

	/** Maximum matching meetings→slots (Kuhn), then slots reachable by alternating paths. */
	private long[] konigSlotSide(long[][] edges) {
		int[] slotMate = new int[in.slots];
		Arrays.fill(slotMate, -1);
		boolean[] matched = new boolean[edges.length];
		for (int i = 0; i < edges.length; i++) {
			matched[i] = augment(i, edges, slotMate, new boolean[in.slots]);
		}
		long[] reached = new long[words];
		boolean[] seenLeft = new boolean[edges.length];
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		for (int i = 0; i < edges.length; i++) {
			if (!matched[i]) {
				seenLeft[i] = true;
				queue.add(i);
			}
		}
		while (!queue.isEmpty()) {
			int i = queue.poll();
			for (int s = 0; s < in.slots; s++) {
				if (bit(edges[i], 0, s) && !bit(reached, 0, s)) {
					reached[s >>> 6] |= 1L << s;
					int mate = slotMate[s];
					if (mate >= 0 && !seenLeft[mate]) {
						seenLeft[mate] = true;
						queue.add(mate);
					}
				}
			}
		}
		return reached;
	}

	private boolean augment(int i, long[][] edges, int[] slotMate, boolean[] visited) {
		for (int s = 0; s < in.slots; s++) {
			if (bit(edges[i], 0, s) && !visited[s]) {
				visited[s] = true;
				if (slotMate[s] < 0 || augment(slotMate[s], edges, slotMate, visited)) {
					slotMate[s] = i;
					return true;
				}
			}
		}
		return false;
	}

	/** Tries every union of whole days as the table-limited set L and keeps the cheapest. */
	private void chooseTableDays() {
		int days = in.daySlots.length;
		if (days > 8) {
			return;
		}
		long[] bestSet = tableSlots.clone();
		int best = cost();
		for (int mask = 0; mask < (1 << days); mask++) {
			Arrays.fill(tableSlots, 0);
			for (int d = 0; d < days; d++) {
				if ((mask & (1 << d)) != 0) {
					for (int s : in.daySlots[d]) {
						tableSlots[s >>> 6] |= 1L << s;
					}
				}
			}
			int c = cost();
			if (c < best) {
				best = c;
				bestSet = tableSlots.clone();
			}
		}
		System.arraycopy(bestSet, 0, tableSlots, 0, words);
	}

	private static boolean bit(long[] bits, int offset, int s) {
		return (bits[offset + (s >>> 6)] & (1L << s)) != 0;
	}
}
