package org.kakehashi.scheduling;

import java.util.Arrays;

/**
 * The mutable solver state: which slot each meeting is in, who is busy when, how many
 * tables are taken. Every change is journalled so a failed ejection chain can be rolled
 * back exactly; {@link #commit()} forgets the journal once a change is accepted.
 */
final class Placement {

	static final int NONE = -1;

	final IndexedInstance in;

	final int[] slotOf;

	final int[] previous;

	final boolean[] pinned;

	private final int[] occupant;

	private final long[] busy;

	private final long[] full;

	private final int[] used;

	private final int[][] inSlot;

	private final int[] position;

	private final int[] placedByPriority = new int[4];

	private int placed;

	private int moved;

	private int[] journal = new int[64];

	private int journalSize;

	Placement(IndexedInstance in) {
		this.in = in;
		slotOf = filled(in.meetings);
		previous = filled(in.meetings);
		pinned = new boolean[in.meetings];
		occupant = filled(in.participants * in.slots);
		busy = new long[in.participants * in.words];
		full = new long[in.words];
		used = new int[in.slots];
		inSlot = new int[in.slots][];
		for (int s = 0; s < in.slots; s++) {
			inSlot[s] = new int[Math.min(in.tables[s], in.meetings)];
			if (in.tables[s] == 0) {
				Bits.set(full, 0, s);
			}
		}
		position = new int[in.meetings];
	}

	private static int[] filled(int n) {
		int[] a = new int[n];
		Arrays.fill(a, NONE);
		return a;
	}

	/**
	 * Slots where m could go right now: feasible, all participants free, a table free.
	 */
	long freeWord(int m, int w) {
		long bits = in.feasible[m * in.words + w] & ~full[w];
		for (int i = in.partStart[m]; i < in.partStart[m + 1]; i++) {
			bits &= ~busy[in.parts[i] * in.words + w];
		}
		return bits;
	}

	boolean fits(int m, int s) {
		return (freeWord(m, s >>> 6) & (1L << s)) != 0;
	}

	boolean feasible(int m, int s) {
		return Bits.get(in.feasible, m * in.words, s);
	}

	int occupant(int p, int s) {
		return occupant[p * in.slots + s];
	}

	boolean busy(int p, int s) {
		return occupant[p * in.slots + s] != NONE;
	}

	boolean tableFree(int s) {
		return used[s] < in.tables[s];
	}

	int used(int s) {
		return used[s];
	}

	int meetingAt(int s, int i) {
		return inSlot[s][i];
	}

	/** Whether participant p has no free slot left among those they can attend. */
	boolean fullyBooked(int p) {
		for (int w = 0; w < in.words; w++) {
			if ((in.available[p * in.words + w] & ~busy[p * in.words + w]) != 0) {
				return false;
			}
		}
		return true;
	}

	void place(int m, int s) {
		record(m);
		placeRaw(m, s);
	}

	void unplace(int m) {
		record(m);
		unplaceRaw(m);
	}

	private void placeRaw(int m, int s) {
		slotOf[m] = s;
		for (int i = in.partStart[m]; i < in.partStart[m + 1]; i++) {
			int p = in.parts[i];
			occupant[p * in.slots + s] = m;
			Bits.set(busy, p * in.words, s);
		}
		position[m] = used[s];
		inSlot[s][used[s]++] = m;
		if (used[s] == in.tables[s]) {
			Bits.set(full, 0, s);
		}
		count(m, +1);
	}

	private void unplaceRaw(int m) {
		int s = slotOf[m];
		count(m, -1);
		slotOf[m] = NONE;
		for (int i = in.partStart[m]; i < in.partStart[m + 1]; i++) {
			int p = in.parts[i];
			occupant[p * in.slots + s] = NONE;
			Bits.clear(busy, p * in.words, s);
		}
		int last = inSlot[s][--used[s]];
		inSlot[s][position[m]] = last;
		position[last] = position[m];
		Bits.clear(full, 0, s);
	}

	private void count(int m, int sign) {
		placed += sign;
		placedByPriority[in.priority[m]] += sign;
		if (previous[m] != NONE && previous[m] == slotOf[m]) {
			moved -= sign;
		}
	}

	private void record(int m) {
		if (journalSize + 2 > journal.length) {
			journal = Arrays.copyOf(journal, journal.length * 2);
		}
		journal[journalSize++] = m;
		journal[journalSize++] = slotOf[m];
	}

	int mark() {
		return journalSize;
	}

	void rollback(int mark) {
		while (journalSize > mark) {
			int before = journal[--journalSize];
			int m = journal[--journalSize];
			if (slotOf[m] != NONE) {
				unplaceRaw(m);
			}
			if (before != NONE) {
				placeRaw(m, before);
			}
		}
	}

	void commit() {
		journalSize = 0;
	}

	/**
	 * Meetings from the previous schedule whose slot changed (or that lost their place).
	 */
	int moved() {
		return moved;
	}

	void setPrevious(int m, int s) {
		if (slotOf[m] != NONE) {
			throw new IllegalStateException("set previous before placing");
		}
		previous[m] = s;
		moved++;
	}

	int placed() {
		return placed;
	}

	int placed(int priority) {
		return placedByPriority[priority];
	}

	Score score() {
		return new Score(placed, placedByPriority[1], placedByPriority[2], moved);
	}

	/** The objective above idle gaps, compared lexicographically. */
	record Score(int placed, int priority1, int priority2, int moved) implements Comparable<Score> {

		@Override
		public int compareTo(Score o) {
			int c = Integer.compare(placed, o.placed);
			c = c != 0 ? c : Integer.compare(priority1, o.priority1);
			c = c != 0 ? c : Integer.compare(priority2, o.priority2);
			return c != 0 ? c : Integer.compare(o.moved, moved);
		}
	}

}
