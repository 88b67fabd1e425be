package org.kakehashi.scheduling;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * An accepted meeting request between two or more participants.
 *
 * @param participants distinct participant ids (a repeated id is folded into one)
 * @param priority 1 (high) to 3 (low)
 */
public record Meeting(String id, List<String> participants, int priority) {

	public static final int DEFAULT_PRIORITY = 2;

	public Meeting {
		Ids.require("meeting", id);
		if (participants == null) {
			throw new InvalidInstanceException("meeting '" + id + "': missing participants");
		}
		for (String p : participants) {
			if (p == null || p.isBlank()) {
				throw new InvalidInstanceException("meeting '" + id + "': empty participant id");
			}
		}
		participants = List.copyOf(new LinkedHashSet<>(participants));
		if (participants.size() < 2) {
			throw new InvalidInstanceException(
					"meeting '" + id + "' needs at least two distinct participants, has " + participants);
		}
		if (priority < 1 || priority > 3) {
			throw new InvalidInstanceException("meeting '" + id + "': priority must be 1..3, got " + priority);
		}
	}

	public Meeting(String id, List<String> participants) {
		this(id, participants, DEFAULT_PRIORITY);
	}
}
