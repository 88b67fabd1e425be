package org.kakehashi.events;

import org.jspecify.annotations.Nullable;

/**
 * Progress of a scheduler run for the organisers' page, as the running instance last
 * recorded it in the database (so any instance can show it).
 *
 * @param percent share of the time budget used, 0..100
 * @param placed meetings placed in the best schedule so far
 * @param status the run's status ({@link ScheduleRun#status()})
 * @param cancelRequested someone asked to cancel it; it stops at its instance's next
 * renewal
 * @param failure why it failed ({@link ScheduleRun#LEASE_EXPIRED}), null otherwise or if
 * unknown
 */
public record RunProgress(long runId, int percent, int placed, int total, String status, boolean cancelRequested,
		@Nullable String failure) {

	public boolean finished() {
		return !"running".equals(status);
	}

	public boolean failed() {
		return "failed".equals(status);
	}

	public boolean cancelled() {
		return "cancelled".equals(status);
	}

	public boolean done() {
		return "done".equals(status);
	}

	/** Whether the page explains the failure with its own message. */
	public boolean leaseExpired() {
		return ScheduleRun.LEASE_EXPIRED.equals(failure);
	}

	static RunProgress of(ScheduleRun run) {
		return new RunProgress(run.id(), run.running() ? run.progress() : 100, run.placed(), run.total(), run.status(),
				run.cancelRequested(), run.failed() ? run.stopReason() : null);
	}

}
