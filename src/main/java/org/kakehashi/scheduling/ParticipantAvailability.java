package org.kakehashi.scheduling;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A participant as the scheduler sees it: a person or delegation that meets as one party,
 * known only by its contract id and the slots it can attend. Named apart from the events
 * module's {@code Participant}, which carries who the party is.
 *
 * @param available ids of the slots this participant can attend; {@code null} means all
 */
public record ParticipantAvailability(String id, @Nullable List<String> available) {

	public ParticipantAvailability {
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

	public static ParticipantAvailability alwaysAvailable(String id) {
		return new ParticipantAvailability(id, null);
	}

	public boolean availableForAll() {
		return available == null;
	}
}
