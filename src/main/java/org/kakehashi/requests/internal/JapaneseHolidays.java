package org.kakehashi.requests.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Japan's national holidays (Act on National Holidays, as amended up to 2021) plus the
 * year-end closure of public offices (Dec 29 – Jan 3, Act on Holidays of Administrative
 * Organs), since most partner clusters are city or prefecture bodies.
 * <p>
 * Written by hand because Jollyday 1.5.0's Japanese calendar misses both equinox days,
 * the substitute holiday (振替休日) and the citizens' holiday between two holidays (国民の休日),
 * and still has the Emperor's Birthday on 23 December. Equinox days use the astronomical
 * approximation the Cabinet Office's announcements agree with for 1980–2099; the official
 * date is only proclaimed in February of the previous year.
 */
final class JapaneseHolidays {

	private static final Map<Integer, Set<LocalDate>> CACHE = new ConcurrentHashMap<>();

	private JapaneseHolidays() {
	}

	static boolean isHoliday(LocalDate date) {
		if (isYearEndClosure(date)) {
			return true;
		}
		return CACHE.computeIfAbsent(date.getYear(), JapaneseHolidays::compute).contains(date);
	}

	static boolean isYearEndClosure(LocalDate date) {
		MonthDay day = MonthDay.from(date);
		return !day.isBefore(MonthDay.of(12, 29)) || !day.isAfter(MonthDay.of(1, 3));
	}

	/** All holidays of a year: the national ones, citizens' holidays and substitutes. */
	static Set<LocalDate> compute(int year) {
		Set<LocalDate> national = nationalHolidays(year);
		Set<LocalDate> all = new TreeSet<>(national);
		for (LocalDate d = LocalDate.of(year, 1, 2); d.getYear() == year; d = d.plusDays(1)) {
			if (!national.contains(d) && national.contains(d.minusDays(1)) && national.contains(d.plusDays(1))) {
				all.add(d);
			}
		}
		for (LocalDate h : national) {
			if (h.getDayOfWeek() == DayOfWeek.SUNDAY) {
				LocalDate substitute = h.plusDays(1);
				while (all.contains(substitute)) {
					substitute = substitute.plusDays(1);
				}
				all.add(substitute);
			}
		}
		return Set.copyOf(all);
	}

	static Set<LocalDate> nationalHolidays(int year) {
		Set<LocalDate> days = new TreeSet<>();
		days.add(LocalDate.of(year, 1, 1));
		days.add(nthMonday(year, Month.JANUARY, 2));
		days.add(LocalDate.of(year, 2, 11));
		if (year >= 2020) {
			days.add(LocalDate.of(year, 2, 23));
		}
		else if (year <= 2018) {
			days.add(LocalDate.of(year, 12, 23));
		}
		days.add(LocalDate.of(year, 3, vernalEquinoxDay(year)));
		days.add(LocalDate.of(year, 4, 29));
		days.add(LocalDate.of(year, 5, 3));
		days.add(LocalDate.of(year, 5, 4));
		days.add(LocalDate.of(year, 5, 5));
		days.add(LocalDate.of(year, 9, autumnalEquinoxDay(year)));
		days.add(nthMonday(year, Month.SEPTEMBER, 3));
		days.add(LocalDate.of(year, 11, 3));
		days.add(LocalDate.of(year, 11, 23));
		days.addAll(summerAndSportsDays(year));
		if (year == 2019) {
			days.addAll(Set.of(LocalDate.of(2019, 4, 30), LocalDate.of(2019, 5, 1), LocalDate.of(2019, 5, 2),
					LocalDate.of(2019, 10, 22)));
		}
		return days;
	}

	/**
	 * Marine Day, Mountain Day and Sports Day, which were moved for the Tokyo Olympics.
	 */
	private static Set<LocalDate> summerAndSportsDays(int year) {
		return switch (year) {
			case 2020 -> Set.of(LocalDate.of(2020, 7, 23), LocalDate.of(2020, 7, 24), LocalDate.of(2020, 8, 10));
			case 2021 -> Set.of(LocalDate.of(2021, 7, 22), LocalDate.of(2021, 7, 23), LocalDate.of(2021, 8, 8));
			default ->
				Set.of(nthMonday(year, Month.JULY, 3), LocalDate.of(year, 8, 11), nthMonday(year, Month.OCTOBER, 2));
		};
	}

	static int vernalEquinoxDay(int year) {
		return (int) Math.floor(20.8431 + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
	}

	static int autumnalEquinoxDay(int year) {
		return (int) Math.floor(23.2488 + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
	}

	private static LocalDate nthMonday(int year, Month month, int n) {
		return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
	}

}
