package org.kakehashi.scheduling;

/**
 * Idle gaps: empty slots between two meetings of a participant on the same day (the
 * contract's tie-breaker). Days are runs of slot indices because slots are indexed in
 * start order.
 */
final class IdleGaps {

	private IdleGaps() {
	}

	/** Empty slots between the first and last meeting of participant p on day d. */
	static int of(Placement pl, int p, int d) {
		int[] day = pl.in.daySlots[d];
		int first = -1;
		int last = -1;
		int meetings = 0;
		for (int i = 0; i < day.length; i++) {
			if (pl.busy(p, day[i])) {
				first = first < 0 ? i : first;
				last = i;
				meetings++;
			}
		}
		return first < 0 ? 0 : last - first + 1 - meetings;
	}

	static int total(Placement pl) {
		int total = 0;
		for (int p = 0; p < pl.in.participants; p++) {
			for (int d = 0; d < pl.in.daySlots.length; d++) {
				total += of(pl, p, d);
			}
		}
		return total;
	}

	/**
	 * How many idle gaps placing m in the (free) slot s adds, negative if it fills gaps.
	 */
	static int placementDelta(Placement pl, int m, int s) {
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
