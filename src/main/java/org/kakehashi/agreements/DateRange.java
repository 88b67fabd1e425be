package org.kakehashi.agreements;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A run of days, both ends included: the window a commitment is checked in ("2026", "the
 * second half of 2026", or the part of it the agreement was in force).
 */
public record DateRange(LocalDate from, LocalDate to) {

	public DateRange {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("a range cannot end before it starts");
		}
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(from) && !day.isAfter(to);
	}

	public long days() {
		return ChronoUnit.DAYS.between(from, to) + 1;
	}

	/**
	 * The part of this range inside {@code [start, end]} (open ends allowed), or null if
	 * none.
	 */
	public @Nullable DateRange clip(@Nullable LocalDate start, @Nullable LocalDate end) {
		LocalDate f = start != null && start.isAfter(from) ? start : from;
		LocalDate t = end != null && end.isBefore(to) ? end : to;
		return t.isBefore(f) ? null : new DateRange(f, t);
	}

}
