package org.kakehashi.events;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One run of the meeting scheduler for an event (or an imported schedule): its proposal
 * stays beside the current schedule until the organisers publish it.
 *
 * @param status {@code running}, {@code done} or {@code failed}
 * @param moved published meetings the run moved or dropped
 */
public record ScheduleRun(long id, String eventId, String startedBy, OffsetDateTime startedAt,
		@Nullable OffsetDateTime finishedAt, String status, String source, int placed, int total, int moved,
		@Nullable String stopReason, @Nullable String error) {

	public boolean running() {
		return "running".equals(status);
	}

	public boolean done() {
		return "done".equals(status);
	}

}
