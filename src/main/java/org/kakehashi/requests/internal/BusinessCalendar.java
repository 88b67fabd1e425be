package org.kakehashi.requests.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The working days of one cluster's office: Monday to Friday in its own time zone,
 * without the public holidays of its region. Service-level clocks count in the responding
 * cluster's calendar.
 */
public interface BusinessCalendar {

	ZoneId zone();

	/**
	 * True on public holidays (and other days the office is closed by law), weekends
	 * aside.
	 */
	boolean isHoliday(LocalDate date);

	default boolean isBusinessDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date);
	}

	/**
	 * The last day of a "within {@code days} business days" promise for something
	 * received on {@code received}: the day of receipt does not count, so the clock
	 * starts the next business day.
	 */
	default LocalDate addBusinessDays(LocalDate received, int days) {
		if (days < 1) {
			throw new IllegalArgumentException("a response time is at least one business day");
		}
		LocalDate date = received;
		int counted = 0;
		while (counted < days) {
			date = date.plusDays(1);
			if (isBusinessDay(date)) {
				counted++;
			}
		}
		return date;
	}

}
