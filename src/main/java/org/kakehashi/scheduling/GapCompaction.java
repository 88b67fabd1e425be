package org.kakehashi.scheduling;

/**
 * Reduces idle gaps without touching what is placed: moves single meetings to free slots
 * where their participants' days get more compact, or, where all tables of the better
 * slot are taken (table-bound events), swaps the meeting with one sitting there. Pinned
 * meetings and published meetings still in their published slot stay put, because staying
 * put ranks above fewer gaps.
 */
final class GapCompaction {

	private static final int MAX_PASSES = 20;

	private static final int SWAP_CANDIDATES = 200;

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
				if (movable(m) && (relocate(m) || swap(m))) {
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
				int delta = IdleGaps.placementDelta(pl, m, s);
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

	/**
	 * Swaps m with a meeting in a slot whose tables are all taken, if that shortens gaps.
	 * Only slots that would shorten m's own participants' gaps are tried, and only the
	 * first {@link #SWAP_CANDIDATES} meetings there, to keep large events fast.
	 */
	private boolean swap(int m) {
		int from = pl.slotOf[m];
		int[] targets = fullSlotsBetterFor(m);
		for (int to : targets) {
			int tried = 0;
			for (int i = 0; i < pl.used(to) && tried < SWAP_CANDIDATES; i++) {
				int b = pl.meetingAt(to, i);
				if (movable(b) && pl.feasible(b, from)) {
					tried++;
					if (trySwap(m, b)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private int[] fullSlotsBetterFor(int m) {
		int from = pl.slotOf[m];
		int removalDelta = -gapsOnDay(m, from);
		int mark = pl.mark();
		pl.unplace(m);
		removalDelta += gapsOnDay(m, from);
		int[] targets = new int[in.slots];
		int n = 0;
		for (int to = 0; to < in.slots; to++) {
			if (to != from && !pl.tableFree(to) && pl.feasible(m, to) && freeExceptTable(m, to)
					&& removalDelta + IdleGaps.placementDelta(pl, m, to) < 0) {
				targets[n++] = to;
			}
		}
		pl.rollback(mark);
		return java.util.Arrays.copyOf(targets, n);
	}

	private boolean freeExceptTable(int m, int s) {
		for (int i = in.partStart[m]; i < in.partStart[m + 1]; i++) {
			if (pl.busy(in.parts[i], s)) {
				return false;
			}
		}
		return true;
	}

	private boolean trySwap(int m, int b) {
		int x = pl.slotOf[m];
		int y = pl.slotOf[b];
		int before = gapsAround(m, b, x, y);
		int mark = pl.mark();
		pl.unplace(m);
		pl.unplace(b);
		if (!pl.fits(b, x)) {
			pl.rollback(mark);
			return false;
		}
		pl.place(b, x);
		pl.place(m, y);
		if (gapsAround(m, b, x, y) < before) {
			pl.commit();
			return true;
		}
		pl.rollback(mark);
		return false;
	}

	/** Gaps of the participants of m and b on the days of slots x and y. */
	private int gapsAround(int m, int b, int x, int y) {
		int dx = in.dayOf[x];
		int dy = in.dayOf[y];
		int total = 0;
		for (int meeting : new int[] { m, b }) {
			for (int i = in.partStart[meeting]; i < in.partStart[meeting + 1]; i++) {
				int p = in.parts[i];
				if (meeting == b && involves(m, p)) {
					continue;
				}
				total += IdleGaps.of(pl, p, dx) + (dy != dx ? IdleGaps.of(pl, p, dy) : 0);
			}
		}
		return total;
	}

	private boolean involves(int m, int p) {
		for (int i = in.partStart[m]; i < in.partStart[m + 1]; i++) {
			if (in.parts[i] == p) {
				return true;
			}
		}
		return false;
	}

	private int gapsOnDay(int m, int s) {
		int d = in.dayOf[s];
		int total = 0;
		for (int i = in.partStart[m]; i < in.partStart[m + 1]; i++) {
			total += IdleGaps.of(pl, in.parts[i], d);
		}
		return total;
	}

}
