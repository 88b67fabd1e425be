package org.kakehashi.events;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A bookable meeting slot of an event, e.g. day 1 at 09:00 for 30 minutes with 10 tables.
 *
 * @param code the slot's id in contract files, e.g. {@code d1-0900}; unique within the
 * event
 * @param tables how many meetings can run at once in this slot
 */
public record EventSlot(long id, String eventId, String code, OffsetDateTime startsAt, int minutes, int tables) {

	public EventSlot {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(startsAt, "startsAt");
		if (minutes < 5 || minutes > 480) {
			throw new IllegalArgumentException("a slot lasts 5 to 480 minutes");
		}
		if (tables < 0) {
			throw new IllegalArgumentException("tables must not be negative");
		}
	}

	public OffsetDateTime endsAt() {
		return startsAt.plusMinutes(minutes);
	}

}
