package org.kakehashi.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Online meetings between Germany and Japan fit only where both working days overlap. */
class WorkingHoursTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	static final WorkingHours NINE_TO_SIX = WorkingHours.DEFAULT;

	/** 09:00 in Berlin in winter (CET, UTC+1) is 17:00 in Tokyo. */
	static final OffsetDateTime WINTER_BERLIN_9 = berlin(LocalDate.of(2026, 11, 2), 9, 0);

	/** 09:00 in Berlin in summer (CEST, UTC+2) is 16:00 in Tokyo. */
	static final OffsetDateTime SUMMER_BERLIN_9 = berlin(LocalDate.of(2026, 6, 15), 9, 0);

	static OffsetDateTime berlin(LocalDate day, int hour, int minute) {
		return ZonedDateTime.of(day, LocalTime.of(hour, minute), BERLIN).toOffsetDateTime();
	}

	@Test
	void nineInBerlinIsFiveInTokyoInWinterAndFourInSummer() {
		assertThat(WINTER_BERLIN_9.atZoneSameInstant(TOKYO).toLocalTime()).isEqualTo(LocalTime.of(17, 0));
		assertThat(SUMMER_BERLIN_9.atZoneSameInstant(TOKYO).toLocalTime()).isEqualTo(LocalTime.of(16, 0));
	}

	@Test
	void aWinterSlotAtNineBerlinFitsBothWorkingDaysForThirtyMinutes() {
		assertThat(NINE_TO_SIX.containsForAll(WINTER_BERLIN_9, 30, List.of(BERLIN, TOKYO))).isTrue();
	}

	@Test
	void aWinterSlotAtNineBerlinForAnHourAndAHalfEndsAfterSixInTokyo() {
		assertThat(NINE_TO_SIX.contains(WINTER_BERLIN_9, 90, TOKYO)).isFalse();
		assertThat(NINE_TO_SIX.contains(WINTER_BERLIN_9, 60, TOKYO)).isTrue();
	}

	@Test
	void aSummerSlotAtTenBerlinStillFitsTokyoButElevenDoesNot() {
		OffsetDateTime ten = berlin(LocalDate.of(2026, 6, 15), 10, 0);
		OffsetDateTime eleven = berlin(LocalDate.of(2026, 6, 15), 11, 0);

		assertThat(NINE_TO_SIX.containsForAll(ten, 60, List.of(BERLIN, TOKYO))).isTrue();
		assertThat(NINE_TO_SIX.containsForAll(eleven, 30, List.of(BERLIN, TOKYO))).isFalse();
	}

	@Test
	void anEarlyBerlinSlotIsOutsideBerlinWorkingHoursThoughInsideTokyos() {
		OffsetDateTime eight = berlin(LocalDate.of(2026, 11, 2), 8, 0);

		assertThat(NINE_TO_SIX.contains(eight, 30, TOKYO)).isTrue();
		assertThat(NINE_TO_SIX.contains(eight, 30, BERLIN)).isFalse();
	}

	@Test
	void candidatesKeepOnlySlotsInsideEveryonesWorkingHours() {
		List<EventSlot> slots = List.of(slot("d1-0800", berlin(LocalDate.of(2026, 11, 2), 8, 0)),
				slot("d1-0900", WINTER_BERLIN_9), slot("d1-1000", berlin(LocalDate.of(2026, 11, 2), 10, 0)));

		assertThat(NINE_TO_SIX.candidates(slots, List.of(BERLIN, TOKYO))).extracting(EventSlot::code)
			.containsExactly("d1-0900");
	}

	@Test
	void configurableHoursWidenTheOverlap() {
		WorkingHours long_days = new WorkingHours(LocalTime.of(8, 0), LocalTime.of(20, 0));
		OffsetDateTime ten = berlin(LocalDate.of(2026, 11, 2), 10, 0);

		assertThat(long_days.containsForAll(ten, 60, List.of(BERLIN, TOKYO))).isTrue();
		assertThat(NINE_TO_SIX.containsForAll(ten, 60, List.of(BERLIN, TOKYO))).isFalse();
	}

	static EventSlot slot(String code, OffsetDateTime start) {
		return new EventSlot(1, "e", code, start, 30, 5);
	}

}
