package org.kakehashi.scheduling;

/** One placed meeting: which slot and which table (1-based) in that slot. */
public record Assignment(String meeting, String slot, int table) {

	public Assignment {
		Ids.require("assignment meeting", meeting);
		if (slot == null || slot.isBlank()) {
			throw new InvalidInstanceException("assignment of meeting '" + meeting + "': missing slot");
		}
	}
}
