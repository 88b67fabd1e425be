package org.kakehashi.events;

import org.jspecify.annotations.Nullable;

/**
 * An accepted meeting placed in a slot at a table: one row of the event's current
 * schedule.
 *
 * @param pinned organisers fixed it; the scheduler never moves it
 * @param table 1-based table number within the slot
 */
public record Booking(long id, String eventId, long requestId, long slotId, int table, boolean pinned,
		@Nullable Attendance attendance) {

	public Booking {
		if (table < 1) {
			throw new IllegalArgumentException("tables are numbered from 1");
		}
	}

}
