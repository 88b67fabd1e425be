package org.kakehashi.events;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One run of the meeting scheduler for an event (or an imported schedule): its proposal
 * stays beside the current schedule until the organisers publish it.
 *
 * @param status {@code running}, {@code done}, {@code failed} or {@code cancelled}
 * @param progress share of the time budget used, 0..100, as last renewed by the running
 * instance
 * @param moved published meetings the run moved or dropped
 * @param stopReason why the solver stopped ("converged", "time limit", ...), or why the
 * run failed ({@code lease-expired}: the instance running it stopped)
 * @param cancelRequestedBy who asked to cancel it while it was running; null if nobody
 */
public record ScheduleRun(long id, String eventId, String startedBy, OffsetDateTime startedAt,
		@Nullable OffsetDateTime finishedAt, String status, String source, int progress, int placed, int total,
		int moved, @Nullable String stopReason, @Nullable String error, @Nullable String cancelRequestedBy) {

	/** A run whose instance stopped renewing its lease. */
	public static final String LEASE_EXPIRED = "lease-expired";

	public boolean running() {
		return "running".equals(status);
	}

	public boolean done() {
		return "done".equals(status);
	}

	public boolean failed() {
		return "failed".equals(status);
	}

	public boolean cancelled() {
		return "cancelled".equals(status);
	}

	public boolean cancelRequested() {
		return cancelRequestedBy != null;
	}

}
