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
				int delta = IdleGaps.placementDelta(pl, m, s);
				if (delta < bestDelta) {
					bestDelta = delta;
					best = s;
				}
			}
		}
		return best;
	}

}
