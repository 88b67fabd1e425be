package org.kakehashi.scheduling;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the placement into the contract schedule. Tables are numbered per slot: pinned
 * meetings keep their table, published meetings still in their slot keep theirs when free
 * (so printed table cards stay right), the rest take the lowest free numbers.
 */
final class TableNumbering {

	private TableNumbering() {
	}

	static Schedule toSchedule(Placement pl, StartingPoint start) {
		IndexedInstance in = pl.in;
		int[] table = new int[in.meetings];
		for (int s = 0; s < in.slots; s++) {
			numberSlot(pl, start, s, table);
		}
		List<Assignment> assignments = new ArrayList<>(pl.placed());
		List<String> unscheduled = new ArrayList<>(in.meetings - pl.placed());
		for (int m = 0; m < in.meetings; m++) {
			if (pl.slotOf[m] == Placement.NONE) {
				unscheduled.add(in.meetingId(m));
			}
			else {
				assignments.add(new Assignment(in.meetingId(m), in.slot[pl.slotOf[m]].id(), table[m]));
			}
		}
		return new Schedule(in.instance.event(), assignments, unscheduled);
	}

	private static void numberSlot(Placement pl, StartingPoint start, int s, int[] table) {
		int used = pl.used(s);
		boolean[] taken = new boolean[pl.in.tables[s] + 1];
		for (int i = 0; i < used; i++) {
			int m = pl.meetingAt(s, i);
			if (pl.pinned[m]) {
				take(m, start.pinnedTable[m], taken, table);
			}
		}
		for (int i = 0; i < used; i++) {
			int m = pl.meetingAt(s, i);
			int wanted = start.previousTable[m];
			if (!pl.pinned[m] && pl.previous[m] == s && wanted >= 1 && wanted < taken.length && !taken[wanted]) {
				take(m, wanted, taken, table);
			}
		}
		int next = 1;
		for (int i = 0; i < used; i++) {
			int m = pl.meetingAt(s, i);
			if (table[m] == 0) {
				while (taken[next]) {
					next++;
				}
				take(m, next, taken, table);
			}
		}
	}

	private static void take(int m, int number, boolean[] taken, int[] table) {
		taken[number] = true;
		table[m] = number;
	}

}
