package org.kakehashi.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Japan's national holidays against the Cabinet Office's published lists (2025, 2026).
 */
class JapaneseHolidaysTests {

	@Test
	void goldenWeek2026HasASubstituteHolidayForConstitutionDayOnSunday() {
		assertThat(JapaneseHolidays.compute(2026)).contains(LocalDate.of(2026, 4, 29), LocalDate.of(2026, 5, 3),
				LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 6));
		assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2026, 5, 7))).isFalse();
		assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2026, 5, 1))).isFalse();
	}

	@Test
	void national2026HolidaysMatchTheOfficialList() {
		assertThat(JapaneseHolidays.compute(2026)).containsExactlyInAnyOrder(LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 1, 12), LocalDate.of(2026, 2, 11), LocalDate.of(2026, 2, 23),
				LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 29), LocalDate.of(2026, 5, 3),
				LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 6), LocalDate.of(2026, 7, 20),
				LocalDate.of(2026, 8, 11), LocalDate.of(2026, 9, 21), LocalDate.of(2026, 9, 22),
				LocalDate.of(2026, 9, 23), LocalDate.of(2026, 10, 12), LocalDate.of(2026, 11, 3),
				LocalDate.of(2026, 11, 23));
	}

	@Test
	void national2025HolidaysMatchTheOfficialList() {
		assertThat(JapaneseHolidays.compute(2025)).containsExactlyInAnyOrder(LocalDate.of(2025, 1, 1),
				LocalDate.of(2025, 1, 13), LocalDate.of(2025, 2, 11), LocalDate.of(2025, 2, 23),
				LocalDate.of(2025, 2, 24), LocalDate.of(2025, 3, 20), LocalDate.of(2025, 4, 29),
				LocalDate.of(2025, 5, 3), LocalDate.of(2025, 5, 4), LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 6),
				LocalDate.of(2025, 7, 21), LocalDate.of(2025, 8, 11), LocalDate.of(2025, 9, 15),
				LocalDate.of(2025, 9, 23), LocalDate.of(2025, 10, 13), LocalDate.of(2025, 11, 3),
				LocalDate.of(2025, 11, 23), LocalDate.of(2025, 11, 24));
	}

	@Test
	void theCitizensHolidayFillsADayBetweenTwoHolidays() {
		// Respect for the Aged Day (Mon 21 Sep 2026) and Autumnal Equinox (Wed 23 Sep
		// 2026).
		assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2026, 9, 22))).isTrue();
		assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2026, 9, 24))).isFalse();
	}

	@Test
	void theEmperorsBirthdayMovedToFebruaryIn2020() {
		assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2026, 2, 23))).isTrue();
		assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2026, 12, 23))).isFalse();
		assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2018, 12, 24))).isTrue();
	}

	@Test
	void equinoxDaysFollowTheAstronomicalFormula() {
		assertThat(JapaneseHolidays.vernalEquinoxDay(2024)).isEqualTo(20);
		assertThat(JapaneseHolidays.autumnalEquinoxDay(2024)).isEqualTo(22);
		assertThat(JapaneseHolidays.vernalEquinoxDay(2027)).isEqualTo(21);
		assertThat(JapaneseHolidays.autumnalEquinoxDay(2027)).isEqualTo(23);
	}

	@Test
	void theOlympicYearsMovedTheSummerHolidays() {
		assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2021, 7, 23))).isTrue();
		assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2021, 10, 11))).isFalse();
		assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2021, 8, 9))).isTrue();
	}

}
