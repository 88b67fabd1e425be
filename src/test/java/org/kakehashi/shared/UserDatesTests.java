package org.kakehashi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.agreements.DatePrecision;
import org.kakehashi.shared.web.UserDates;
import org.springframework.context.i18n.LocaleContextHolder;

class UserDatesTests {

	static final LocalDate RENEWAL = LocalDate.of(2020, 2, 11);

	static final OffsetDateTime NINE_IN_MUNICH = OffsetDateTime.of(2026, 11, 2, 8, 0, 0, 0, ZoneOffset.UTC);

	final UserDates dates = new UserDates();

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void showsDatesInTheReadersLanguage() {
		assertThat(in(Locale.JAPANESE, "Asia/Tokyo").date(RENEWAL)).isEqualTo("2020年2月11日");
		assertThat(in(Locale.GERMAN, "Europe/Berlin").date(RENEWAL)).isEqualTo("11. Februar 2020");
		assertThat(in(Locale.ENGLISH, "Europe/Berlin").date(RENEWAL)).isEqualTo("February 11, 2020");
	}

	@Test
	void showsDatesOnlyAsPreciselyAsKnown() {
		assertThat(in(Locale.JAPANESE, "Asia/Tokyo").partial(RENEWAL, DatePrecision.MONTH)).isEqualTo("2020年2月");
		assertThat(in(Locale.GERMAN, "Europe/Berlin").partial(RENEWAL, DatePrecision.MONTH)).isEqualTo("Februar 2020");
		assertThat(in(Locale.JAPANESE, "Asia/Tokyo").partial(RENEWAL, DatePrecision.YEAR)).isEqualTo("2020年");
		assertThat(in(Locale.ENGLISH, "UTC").partial(RENEWAL, DatePrecision.YEAR)).isEqualTo("2020");
	}

	@Test
	void showsTimesInTheReadersTimeZone() {
		assertThat(in(Locale.JAPANESE, "Asia/Tokyo").dateTime(NINE_IN_MUNICH)).contains("17:00").endsWith("(日本時間)");
		assertThat(in(Locale.GERMAN, "Europe/Berlin").dateTime(NINE_IN_MUNICH)).contains("09:00")
			.endsWith("(Mitteleuropäische Zeit)");
		assertThat(in(Locale.GERMAN, "Asia/Tokyo").dateTimeIn(NINE_IN_MUNICH, "Europe/Berlin")).contains("09:00");
	}

	@Test
	void namesTimeZonesInTheReadersLanguage() {
		assertThat(in(Locale.JAPANESE, "Asia/Tokyo").zone("Europe/Berlin")).isEqualTo("中央ヨーロッパ時間");
		assertThat(in(Locale.GERMAN, "Europe/Berlin").zone("Asia/Tokyo")).isEqualTo("Japanische Zeit");
		assertThat(in(Locale.ENGLISH, "UTC").zone("Not/AZone")).isEqualTo("Not/AZone");
	}

	private UserDates in(Locale locale, String zone) {
		LocaleContextHolder.setLocale(locale);
		LocaleContextHolder.setTimeZone(TimeZone.getTimeZone(zone));
		return dates;
	}

}
