package org.kakehashi.scheduling;

import java.util.LinkedHashMap;
import java.util.Map;

/** Explains, in organisers' words, why each left-out meeting could not be placed. */
final class UnplacedReasons {

	private UnplacedReasons() {
	}

	static Map<String, String> explain(Placement pl) {
		IndexedInstance in = pl.in;
		Map<String, String> reasons = new LinkedHashMap<>();
		for (int m = 0; m < in.meetings; m++) {
			if (pl.slotOf[m] == Placement.NONE) {
				reasons.put(in.meetingId(m), reason(pl, m));
			}
		}
		return reasons;
	}

	static String reason(Placement pl, int m) {
		IndexedInstance in = pl.in;
		for (int i = in.partStart[m]; i < in.partStart[m + 1]; i++) {
			int p = in.parts[i];
			if (in.availableCount(p) == 0) {
				return "participant " + in.participantId(p) + " is not available in any slot";
			}
		}
		if (in.feasibleCount[m] == 0) {
			return "participants " + names(pl, m) + " share no available slot";
		}
		for (int i = in.partStart[m]; i < in.partStart[m + 1]; i++) {
			int p = in.parts[i];
			if (bookedInAllCommonSlots(pl, m, p)) {
				return "participant " + in.participantId(p) + " is fully booked in the " + in.feasibleCount[m]
						+ " slots all participants can attend";
			}
		}
		if (everyFreeCommonSlotFull(pl, m)) {
			return "all tables are taken in the common slots where all participants are free";
		}
		return "no common free slot: in each of the " + in.feasibleCount[m]
				+ " common slots at least one participant is already booked";
	}

	private static boolean bookedInAllCommonSlots(Placement pl, int m, int p) {
		for (int s = 0; s < pl.in.slots; s++) {
			if (pl.feasible(m, s) && !pl.busy(p, s)) {
				return false;
			}
		}
		return true;
	}

	private static boolean everyFreeCommonSlotFull(Placement pl, int m) {
		IndexedInstance in = pl.in;
		boolean anyFree = false;
		for (int s = 0; s < in.slots; s++) {
			if (pl.feasible(m, s) && allFree(pl, m, s)) {
				anyFree = true;
				if (pl.tableFree(s)) {
					return false;
				}
			}
		}
		return anyFree;
	}

	private static boolean allFree(Placement pl, int m, int s) {
		for (int i = pl.in.partStart[m]; i < pl.in.partStart[m + 1]; i++) {
			if (pl.busy(pl.in.parts[i], s)) {
				return false;
			}
		}
		return true;
	}

	private static String names(Placement pl, int m) {
		IndexedInstance in = pl.in;
		StringBuilder names = new StringBuilder();
		int count = in.partStart[m + 1] - in.partStart[m];
		for (int i = 0; i < count; i++) {
			names.append(i == 0 ? "" : i == count - 1 ? " and " : ", ");
			names.append(in.participantId(in.parts[in.partStart[m] + i]));
		}
		return names.toString();
	}

}
