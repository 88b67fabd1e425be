package org.kakehashi.scheduling;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A bookable time slot; {@code tables} meetings can run in it at once.
 *
 * @param start start with the venue's offset; its calendar date is the slot's day
 */
public record Slot(String id, OffsetDateTime start, int minutes, int tables) {

	public Slot {
		Ids.require("slot", id);
		if (start == null) {
			throw new InvalidInstanceException("slot '" + id + "': missing start");
		}
		if (minutes <= 0) {
			throw new InvalidInstanceException("slot '" + id + "': minutes must be positive, got " + minutes);
		}
		if (tables < 0) {
			throw new InvalidInstanceException("slot '" + id + "': negative tables (" + tables + ")");
		}
	}

	/** The calendar day of the slot in its own offset: idle gaps are counted per day. */
	public LocalDate day() {
		return Objects.requireNonNull(start).toLocalDate();
	}
}
