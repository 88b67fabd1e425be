package org.kakehashi.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.kakehashi.requests.ServiceClock;

/** Service-level clocks with fixed dates, across holidays and time zones. */
class ServiceLevelsTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	static final BusinessCalendar OSAKA = RegionCalendars.of("jp", TOKYO);

	static final BusinessCalendar BIOM = RegionCalendars.of("de-by-mu", BERLIN);

	static final BusinessCalendar LSN = RegionCalendars.of("de-hh", BERLIN);

	static Instant berlin(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
	}

	@Test
	void thursdayEveningInMunichIsFridayMorningInOsakaSoGoldenWeekCountsFromThere() {
		// 2026-04-30 is a Thursday; 20:00 in Munich is 03:00 on Friday 1 May in Osaka.
		// Osaka then has 2-6 May off (weekend, Constitution Day on Sunday, Greenery Day,
		// Children's
		// Day, substitute holiday on 6 May): business days 7, 8, 11, 12, 13 May.
		Instant forwarded = berlin("2026-04-30T20:00");

		assertThat(ServiceLevels.lastDay(forwarded, 5, OSAKA)).isEqualTo(LocalDate.of(2026, 5, 13));
	}

	@Test
	void thursdayMorningInMunichIsStillThursdayInOsakaSoTheCountStartsOnFriday() {
		Instant forwarded = berlin("2026-04-30T09:00");

		assertThat(ServiceLevels.lastDay(forwarded, 5, OSAKA)).isEqualTo(LocalDate.of(2026, 5, 12));
	}

	@Test
	void theClockIsDueAtMidnightInTheRespondersZone() {
		ServiceClock clock = ServiceLevels.clock(berlin("2026-04-30T20:00"), 5, OSAKA);

		assertThat(clock.dueAt()).isEqualTo(ZonedDateTime.of(2026, 5, 14, 0, 0, 0, 0, TOKYO).toInstant());
		assertThat(clock.status(Instant.parse("2026-05-12T14:59:59Z"), TOKYO)).isEqualTo(ServiceClock.Status.RUNNING);
		assertThat(clock.status(Instant.parse("2026-05-12T15:00:00Z"), TOKYO)).isEqualTo(ServiceClock.Status.DUE);
		assertThat(clock.status(Instant.parse("2026-05-13T15:00:00Z"), TOKYO)).isEqualTo(ServiceClock.Status.OVERDUE);
	}

	@Test
	void bavarianCorpusChristiIsNoBusinessDayForBiom() {
		// Wednesday 2026-06-03; Thursday 4 June is Corpus Christi in Bavaria.
		Instant filed = berlin("2026-06-03T11:00");

		assertThat(ServiceLevels.lastDay(filed, 5, BIOM)).isEqualTo(LocalDate.of(2026, 6, 11));
	}

	@Test
	void corpusChristiIsABusinessDayInHamburg() {
		Instant filed = berlin("2026-06-03T11:00");

		assertThat(ServiceLevels.lastDay(filed, 5, LSN)).isEqualTo(LocalDate.of(2026, 6, 10));
	}

	@Test
	void assumptionDayCountsInTheMunichAreaButNotInHamburg() {
		LocalDate assumption = LocalDate.of(2025, 8, 15);

		assertThat(BIOM.isBusinessDay(assumption)).isFalse();
		assertThat(LSN.isBusinessDay(assumption)).isTrue();
	}

	@Test
	void reformationDayIsAHolidayInHamburgAndNotInBavaria() {
		LocalDate reformation = LocalDate.of(2025, 10, 31);

		assertThat(LSN.isBusinessDay(reformation)).isFalse();
		assertThat(BIOM.isBusinessDay(reformation)).isTrue();
	}

	@Test
	void aRequestFiledOnSaturdayCountsFromMonday() {
		assertThat(ServiceLevels.lastDay(berlin("2026-06-13T10:00"), 1, LSN)).isEqualTo(LocalDate.of(2026, 6, 15));
	}

	@Test
	void aRequestFiledOnABusinessDayDoesNotCountThatDay() {
		assertThat(ServiceLevels.lastDay(berlin("2026-06-15T08:00"), 1, LSN)).isEqualTo(LocalDate.of(2026, 6, 16));
	}

	@Test
	void easterIsOffInBothGermanStates() {
		// Thursday before Easter 2026: Good Friday 3 April and Easter Monday 6 April are
		// holidays.
		Instant filed = berlin("2026-04-02T10:00");

		assertThat(ServiceLevels.lastDay(filed, 2, LSN)).isEqualTo(LocalDate.of(2026, 4, 8));
		assertThat(ServiceLevels.lastDay(filed, 2, BIOM)).isEqualTo(LocalDate.of(2026, 4, 8));
	}

	@Test
	void theJapaneseYearEndClosureIsNoBusinessDay() {
		// Friday 2026-12-25 in Tokyo; offices close 29 Dec – 3 Jan, 28 Dec is a Monday.
		Instant received = ZonedDateTime.of(2026, 12, 25, 10, 0, 0, 0, TOKYO).toInstant();

		assertThat(ServiceLevels.lastDay(received, 2, OSAKA)).isEqualTo(LocalDate.of(2027, 1, 4));
	}

	@Test
	void aCalendarWithoutHolidayRulesCountsWeekdaysOnly() {
		BusinessCalendar none = RegionCalendars.of("xx", BERLIN);

		assertThat(ServiceLevels.lastDay(berlin("2026-06-03T11:00"), 5, none)).isEqualTo(LocalDate.of(2026, 6, 10));
	}

}
