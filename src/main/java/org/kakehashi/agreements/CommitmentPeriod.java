package org.kakehashi.agreements;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The calendar periods a commitment is counted in. Calendar periods (not anniversaries of
 * the signing) because partners report and plan by calendar year, and so the periods of a
 * renewal line up with those of its predecessor.
 */
public enum CommitmentPeriod {

	YEAR(12), HALF_YEAR(6), QUARTER(3);

	private final int months;

	CommitmentPeriod(int months) {
		this.months = months;
	}

	/** The calendar period of this length that contains {@code day}. */
	public DateRange containing(LocalDate day) {
		int firstMonth = ((day.getMonthValue() - 1) / months) * months + 1;
		LocalDate from = LocalDate.of(day.getYear(), firstMonth, 1);
		return new DateRange(from, from.plusMonths(months).minusDays(1));
	}

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static CommitmentPeriod fromCode(String code) {
		return Arrays.stream(values())
			.filter(p -> p.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown period '" + code + "'"));
	}

}
