package org.kakehashi.shared.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats dates and times for the reader: in their language and their own time zone (a
 * manager in Munich reads Europe/Berlin, one in Kobe Asia/Tokyo). Templates call it as
 * {@code @dates}.
 */
@Component("dates")
public class UserDates {

	/** A calendar date, e.g. "11. Februar 2020", "February 11, 2020", "2020年2月11日". */
	public String date(@Nullable LocalDate date) {
		return date == null ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(date);
	}

	/**
	 * Month and year only, for dates known to the month, e.g. "Oktober 2022", "2022年10月".
	 */
	public String month(@Nullable LocalDate date) {
		if (date == null) {
			return "";
		}
		String pattern = switch (locale().getLanguage()) {
			case "ja" -> "y年M月";
			default -> "MMMM y";
		};
		return DateTimeFormatter.ofPattern(pattern, locale()).format(date);
	}

	/**
	 * A date shown only as precisely as it is known: {@code DAY}, {@code MONTH} or
	 * {@code YEAR}.
	 */
	public String partial(@Nullable LocalDate date, @Nullable Object precision) {
		if (date == null) {
			return "";
		}
		return switch (String.valueOf(precision)) {
			case "YEAR" -> "ja".equals(locale().getLanguage()) ? date.getYear() + "年" : String.valueOf(date.getYear());
			case "MONTH" -> month(date);
			default -> date(date);
		};
	}

	/** An instant in the reader's time zone, with the zone's short name. */
	public String dateTime(@Nullable Instant instant) {
		return instant == null ? "" : format(instant.atZone(zone()).toOffsetDateTime(), zone());
	}

	/** A moment shown in the reader's zone. */
	public String dateTime(@Nullable OffsetDateTime time) {
		return time == null ? "" : format(time, zone());
	}

	/** A moment shown in a given zone, e.g. an event's local time. */
	public String dateTimeIn(@Nullable OffsetDateTime time, String zoneId) {
		return time == null ? "" : format(time, ZoneId.of(zoneId));
	}

	/**
	 * A time zone by its name in the reader's language, e.g. "Mitteleuropäische Zeit",
	 * "日本時間"; an unknown id is shown as it is.
	 */
	public String zone(@Nullable String zoneId) {
		if (zoneId == null || zoneId.isBlank()) {
			return "";
		}
		try {
			return ZoneId.of(zoneId).getDisplayName(TextStyle.FULL, locale());
		}
		catch (DateTimeException ex) {
			return zoneId;
		}
	}

	/** The reader's time zone id, e.g. "Asia/Tokyo". */
	public String zoneId() {
		return zone().getId();
	}

	private String format(OffsetDateTime time, ZoneId zone) {
		DateTimeFormatter f = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale());
		return f.format(time.atZoneSameInstant(zone)) + " (" + zone.getDisplayName(TextStyle.FULL, locale()) + ")";
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	private static ZoneId zone() {
		return LocaleContextHolder.getTimeZone().toZoneId();
	}

}
