package org.kakehashi.requests.internal;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Builds a cluster's business calendar from a holiday code: {@code jp} (Japan),
 * {@code de} (German national holidays) or {@code de-STATE[-SUBREGION]} (e.g.
 * {@code de-by-mu}: Bavaria with the Munich area's Assumption Day), anything else:
 * weekends only. German holidays come from Jollyday, whose German data is correct by
 * state; Japan's are {@link JapaneseHolidays}.
 */
public final class RegionCalendars {

	private static final HolidayManager GERMANY = HolidayManager
		.getInstance(ManagerParameters.create(HolidayCalendar.GERMANY));

	private static final Map<String, Set<LocalDate>> GERMAN_YEARS = new ConcurrentHashMap<>();

	private RegionCalendars() {
	}

	public static BusinessCalendar of(String holidayCode, ZoneId zone) {
		String code = holidayCode.toLowerCase(Locale.ROOT).strip();
		if (code.equals("jp")) {
			return new Calendar(zone, JapaneseHolidays::isHoliday);
		}
		if (code.equals("de") || code.startsWith("de-")) {
			String[] path = code.equals("de") ? new String[0] : code.substring(3).split("-");
			return new Calendar(zone, date -> germanHolidays(date.getYear(), path).contains(date));
		}
		return new Calendar(zone, date -> false);
	}

	private static Set<LocalDate> germanHolidays(int year, String[] path) {
		return GERMAN_YEARS.computeIfAbsent(year + ":" + String.join("-", path),
				k -> GERMANY.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, path)
					.stream()
					.map(Holiday::getDate)
					.collect(Collectors.toUnmodifiableSet()));
	}

	private record Calendar(ZoneId zone, Predicate<LocalDate> holidays) implements BusinessCalendar {

		@Override
		public boolean isHoliday(LocalDate date) {
			return holidays.test(date);
		}

	}

}
