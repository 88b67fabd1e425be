package org.kakehashi.scheduling;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person or delegation that meets as one party.
 *
 * @param available ids of the slots this participant can attend; {@code null} means all
 */
public record Participant(String id, @Nullable List<String> available) {

	public Participant {
		Ids.require("participant", id);
		if (available != null) {
			for (String slot : available) {
				if (slot == null || slot.isBlank()) {
					throw new InvalidInstanceException("participant '" + id + "': empty slot id in available");
				}
			}
			available = List.copyOf(available);
		}
	}

	public static Participant alwaysAvailable(String id) {
		return new Participant(id, null);
	}

	public boolean availableForAll() {
		return available == null;
	}
}
