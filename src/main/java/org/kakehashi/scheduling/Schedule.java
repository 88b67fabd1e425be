package org.kakehashi.scheduling;

import java.util.List;

/**
 * The contract's schedule: placed meetings with slot and table, and the ones left out.
 */
public record Schedule(String event, List<Assignment> assignments, List<String> unscheduled) {

	public Schedule {
		if (event == null) {
			throw new InvalidInstanceException("schedule: missing event");
		}
		if (assignments == null) {
			throw new InvalidInstanceException("schedule: missing assignments");
		}
		if (unscheduled == null) {
			throw new InvalidInstanceException("schedule: missing unscheduled");
		}
		assignments = List.copyOf(assignments);
		unscheduled = List.copyOf(unscheduled);
	}
}
