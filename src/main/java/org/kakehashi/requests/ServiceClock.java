package org.kakehashi.requests;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One "first response within N business days" clock: started when a cluster receives the
 * request, stopped by its first response (forward, accept or decline).
 *
 * @param dueAt the first instant that is too late: the start of the day after the last
 * business day, in the responding cluster's time zone
 */
public record ServiceClock(Instant startedAt, Instant dueAt, @Nullable Instant respondedAt) {

	public ServiceClock {
		Objects.requireNonNull(startedAt, "startedAt");
		Objects.requireNonNull(dueAt, "dueAt");
		if (!dueAt.isAfter(startedAt)) {
			throw new IllegalArgumentException("a clock is due after it starts");
		}
	}

	public static ServiceClock start(Instant at, Instant dueAt) {
		return new ServiceClock(at, dueAt, null);
	}

	ServiceClock stop(Instant at) {
		return respondedAt != null ? this : new ServiceClock(startedAt, dueAt, at);
	}

	/**
	 * The clock's state at {@code now}; "due" means the last day has begun in
	 * {@code zone}.
	 */
	public Status status(Instant now, ZoneId zone) {
		if (respondedAt != null) {
			return respondedAt.isBefore(dueAt) ? Status.MET : Status.MISSED;
		}
		if (!now.isBefore(dueAt)) {
			return Status.OVERDUE;
		}
		Instant lastDay = dueAt.atZone(zone).minusDays(1).toInstant();
		return now.isBefore(lastDay) ? Status.RUNNING : Status.DUE;
	}

	/** A clock's state; DUE and OVERDUE are highlighted and reminded. */
	public enum Status {

		RUNNING, DUE, OVERDUE, MET, MISSED;

		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
