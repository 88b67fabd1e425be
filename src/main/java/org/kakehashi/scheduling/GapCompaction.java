package org.kakehashi.scheduling;

/**
 * Reduces idle gaps without touching what is placed: moves single meetings to free slots
 * where their participants' days get more compact. Pinned meetings and published meetings
 * still in their published slot stay put, because staying put ranks above fewer gaps.
 */
final class GapCompaction {

	private static final int MAX_PASSES = 20;

	private final Placement pl;
	private final IndexedInstance in;
	private final SolveBudget budget;

	GapCompaction(Placement pl, SolveBudget budget) {
		this.pl = pl;
		this.in = pl.in;
		this.budget = budget;
	}

	void run() {
		for (int pass = 0; pass < MAX_PASSES && !budget.exhausted(); pass++) {
			int improved = 0;
			for (int m = 0; m < in.meetings && !budget.exhausted(); m++) {
				if (movable(m) && relocate(m)) {
					improved++;
				}
			}
			budget.report(pl.placed());
			if (improved == 0) {
				return;
			}
		}
	}

	private boolean movable(int m) {
		int s = pl.slotOf[m];
		return s != Placement.NONE && !pl.pinned[m] && pl.previous[m] != s;
	}

	/** Moves m to the free slot with the largest gap reduction, if any reduces gaps. */
	private boolean relocate(int m) {
		int from = pl.slotOf[m];
		int removalDelta = -gapsOnDay(m, from);
		int mark = pl.mark();
		pl.unplace(m);
		removalDelta += gapsOnDay(m, from);
		int best = Placement.NONE;
		int bestDelta = -removalDelta;
		if (pl.previous[m] != Placement.NONE && pl.fits(m, pl.previous[m])) {
			best = pl.previous[m];
			bestDelta = Integer.MAX_VALUE;
		}
		for (int w = 0; w < in.words && bestDelta != Integer.MAX_VALUE; w++) {
			long free = pl.freeWord(m, w);
			while (free != 0) {
				int s = (w << 6) + Long.numberOfTrailingZeros(free);
				free &= free - 1;
				int delta = SlotChoice.gapDelta(pl, m, s);
				if (s != from && delta < bestDelta) {
					bestDelta = delta;
					best = s;
				}
			}
		}
		if (best == Placement.NONE) {
			pl.rollback(mark);
			return false;
		}
		pl.place(m, best);
		pl.commit();
		return true;
	}

	private int gapsOnDay(int m, int s) {
		int d = in.dayOf[s];
		int total = 0;
		for (int i = in.partStart[m]; i < in.partStart[m + 1]; i++) {
			total += pl.gaps(in.parts[i], d);
		}
		return total;
	}
}
