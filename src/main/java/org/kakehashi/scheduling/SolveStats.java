package org.kakehashi.scheduling;

import java.time.Duration;

/**
 * Figures of one solve for the summary line and the UI.
 *
 * @param placedByPriority index 1..3: meetings placed with that priority (index 0 unused)
 * @param totalByPriority index 1..3: meetings requested with that priority
 * @param idleGaps empty slots between two meetings of a participant on the same day
 * @param movedFromPrevious published meetings that changed slot or were dropped
 * @param stopReason "converged", "time limit", "iteration cap" or "cancelled"
 */
public record SolveStats(int placed, int total, int[] placedByPriority, int[] totalByPriority, int idleGaps,
		int movedFromPrevious, long iterations, Duration elapsed, String stopReason) {

	public SolveStats {
		placedByPriority = placedByPriority.clone();
		totalByPriority = totalByPriority.clone();
	}

	public int placed(int priority) {
		return placedByPriority[priority];
	}

	public int total(int priority) {
		return totalByPriority[priority];
	}
}
