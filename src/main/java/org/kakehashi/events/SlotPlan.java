package org.kakehashi.events;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;

/**
 * Command: generate an event's meeting slots as days × start times, all of one length and
 * with the same number of tables. Organisers think in this grid ("two days, every 30
 * minutes from 9:00, ten tables"), so they never enter slots one by one.
 *
 * @param starts local start times in the event's time zone
 */
public record SlotPlan(@NotEmpty List<LocalDate> days, @NotEmpty List<LocalTime> starts, @Min(5) @Max(480) int minutes,
		@Min(0) @Max(1000) int tables) {

	private static final DateTimeFormatter CODE_TIME = DateTimeFormatter.ofPattern("HHmm");

	public SlotPlan {
		days = List.copyOf(new TreeSet<>(days));
		starts = List.copyOf(new TreeSet<>(starts));
	}

	/** The slots in time order; codes are {@code d<day number>-<HHmm>}. */
	public List<EventSlot> slots(String eventId, String timeZone) {
		ZoneId zone = ZoneId.of(timeZone);
		List<EventSlot> slots = new ArrayList<>();
		for (int d = 0; d < days.size(); d++) {
			for (LocalTime start : starts) {
				String code = "d" + (d + 1) + "-" + CODE_TIME.format(start);
				slots.add(new EventSlot(0, eventId, code, ZonedDateTime.of(days.get(d), start, zone).toOffsetDateTime(),
						minutes, tables));
			}
		}
		return slots;
	}

	/**
	 * Start times every {@code minutes} from {@code first} while a slot still ends by
	 * {@code last}.
	 */
	public static List<LocalTime> every(LocalTime first, LocalTime last, int minutes) {
		List<LocalTime> times = new ArrayList<>();
		for (LocalTime t = first; !t.plusMinutes(minutes).isAfter(last)
				&& !t.isBefore(first); t = t.plusMinutes(minutes)) {
			times.add(t);
		}
		return times;
	}

}
