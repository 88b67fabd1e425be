package org.kakehashi.events;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The local working day (default 09:00–18:00). Online partnering between Germany and
 * Japan only works in the few hours both days overlap: a slot is usable for a meeting
 * only if it lies inside the working hours of every participant in their own time zone.
 */
public record WorkingHours(LocalTime start, LocalTime end) {

	public static final WorkingHours DEFAULT = new WorkingHours(LocalTime.of(9, 0), LocalTime.of(18, 0));

	public WorkingHours {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("working hours must end after they start");
		}
	}

	/**
	 * Whether a meeting from {@code slotStart} for {@code minutes} lies inside the
	 * working day in {@code zone}.
	 */
	public boolean contains(OffsetDateTime slotStart, int minutes, ZoneId zone) {
		ZonedDateTime from = slotStart.atZoneSameInstant(zone);
		ZonedDateTime to = from.plusMinutes(minutes);
		return from.toLocalDate().equals(to.toLocalDate()) && !from.toLocalTime().isBefore(start)
				&& !to.toLocalTime().isAfter(end);
	}

	/** Whether the slot is inside working hours in every one of the zones. */
	public boolean containsForAll(OffsetDateTime slotStart, int minutes, Collection<ZoneId> zones) {
		return zones.stream().allMatch(z -> contains(slotStart, minutes, z));
	}

	/** The slots of {@code slots} inside every zone's working hours. */
	public List<EventSlot> candidates(List<EventSlot> slots, Collection<ZoneId> zones) {
		return slots.stream().filter(s -> containsForAll(s.startsAt(), s.minutes(), zones)).toList();
	}

}
