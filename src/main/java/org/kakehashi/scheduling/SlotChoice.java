package org.kakehashi.scheduling;

/**
 * Picks the free slot for a meeting that adds the fewest idle gaps to its participants'
 * days (earliest slot on ties), so construction and repair already produce compact days.
 */
final class SlotChoice {

	private SlotChoice() {
	}

	/** The best free slot for m, or {@link Placement#NONE}. */
	static int best(Placement pl, int m) {
		IndexedInstance in = pl.in;
		int best = Placement.NONE;
		int bestDelta = Integer.MAX_VALUE;
		for (int w = 0; w < in.words; w++) {
			long free = pl.freeWord(m, w);
			while (free != 0) {
				int s = (w << 6) + Long.numberOfTrailingZeros(free);
				free &= free - 1;
				int delta = gapDelta(pl, m, s);
				if (delta < bestDelta) {
					bestDelta = delta;
					best = s;
				}
			}
		}
		return best;
	}

	/** How many idle gaps placing m in the (free) slot s adds, negative if it fills gaps. */
	static int gapDelta(Placement pl, int m, int s) {
		IndexedInstance in = pl.in;
		int[] day = in.daySlots[in.dayOf[s]];
		int pos = in.posInDay[s];
		int delta = 0;
		for (int i = in.partStart[m]; i < in.partStart[m + 1]; i++) {
			int p = in.parts[i];
			int first = -1;
			int last = -1;
			for (int k = 0; k < day.length; k++) {
				if (pl.busy(p, day[k])) {
					first = first < 0 ? k : first;
					last = k;
				}
			}
			if (first >= 0) {
				delta += pos < first ? first - pos - 1 : pos > last ? pos - last - 1 : -1;
			}
		}
		return delta;
	}
}
