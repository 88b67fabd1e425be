package org.kakehashi.scheduling;

import org.jspecify.annotations.Nullable;

/**
 * Puts the organiser's pins and the previously published schedule into a fresh placement,
 * and remembers their table numbers. Pins must be valid (they are never moved, so a
 * broken pin could only yield a broken schedule); previous assignments that no longer fit
 * after late changes are simply dropped and re-planned.
 */
final class StartingPoint {

	final int[] pinnedTable;

	final int[] previousTable;

	private StartingPoint(int meetings) {
		pinnedTable = new int[meetings];
		previousTable = new int[meetings];
	}

	static StartingPoint apply(Placement pl, SolveOptions options) {
		StartingPoint start = new StartingPoint(pl.in.meetings);
		for (Assignment pin : options.pinned()) {
			start.pin(pl, pin);
		}
		Schedule previous = options.previous();
		if (previous != null) {
			start.restore(pl, previous);
		}
		pl.commit();
		return start;
	}

	private void pin(Placement pl, Assignment pin) {
		IndexedInstance in = pl.in;
		String label = "pinned meeting '" + pin.meeting() + "'";
		int m = index(in.meetingIndex.get(pin.meeting()), label + ": unknown meeting");
		int s = index(in.slotIndex.get(pin.slot()), label + ": unknown slot '" + pin.slot() + "'");
		if (pl.pinned[m]) {
			throw new InvalidInstanceException(label + " is pinned twice");
		}
		if (!pl.feasible(m, s)) {
			throw new InvalidInstanceException(label + ": not every participant can attend slot '" + pin.slot() + "'");
		}
		if (!pl.fits(m, s)) {
			throw new InvalidInstanceException(label + " clashes in slot '" + pin.slot()
					+ "' with another pinned meeting of a participant, or the slot has no table left");
		}
		if (pin.table() < 1 || pin.table() > in.tables[s] || tableTaken(pl, s, pin.table())) {
			throw new InvalidInstanceException(label + ": table " + pin.table() + " is taken or not within 1.."
					+ in.tables[s] + " in slot '" + pin.slot() + "'");
		}
		pl.place(m, s);
		pl.pinned[m] = true;
		pinnedTable[m] = pin.table();
	}

	private boolean tableTaken(Placement pl, int s, int table) {
		for (int i = 0; i < pl.used(s); i++) {
			if (pinnedTable[pl.meetingAt(s, i)] == table) {
				return true;
			}
		}
		return false;
	}

	private void restore(Placement pl, Schedule previous) {
		IndexedInstance in = pl.in;
		for (Assignment a : previous.assignments()) {
			Integer m = in.meetingIndex.get(a.meeting());
			Integer s = in.slotIndex.get(a.slot());
			if (m == null || s == null || pl.previous[m] != Placement.NONE || pl.pinned[m]) {
				continue;
			}
			pl.setPrevious(m, s);
			previousTable[m] = a.table();
			if (pl.fits(m, s)) {
				pl.place(m, s);
			}
		}
	}

	private static int index(@Nullable Integer index, String message) {
		if (index == null) {
			throw new InvalidInstanceException(message);
		}
		return index;
	}

}
