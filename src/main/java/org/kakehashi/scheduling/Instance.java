package org.kakehashi.scheduling;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The accepted meeting requests of one event with its slots, tables and availability.
 * Construction enforces every id rule of the contract, so a built instance is valid.
 */
public record Instance(String event, List<Slot> slots, List<ParticipantAvailability> participants,
		List<Meeting> meetings) {

	public Instance {
		if (event == null) {
			throw new InvalidInstanceException("instance: missing event");
		}
		slots = List.copyOf(requireList("slots", slots));
		participants = List.copyOf(requireList("participants", participants));
		meetings = List.copyOf(requireList("meetings", meetings));
		Ids.requireUnique("slot", slots, Slot::id);
		Ids.requireUnique("participant", participants, ParticipantAvailability::id);
		Ids.requireUnique("meeting", meetings, Meeting::id);
		requireKnownReferences(slots, participants, meetings);
	}

	private static <T> List<T> requireList(String name, List<T> list) {
		if (list == null) {
			throw new InvalidInstanceException("instance: missing " + name);
		}
		return list;
	}

	private static void requireKnownReferences(List<Slot> slots, List<ParticipantAvailability> participants,
			List<Meeting> meetings) {
		Set<String> slotIds = HashSet.newHashSet(slots.size());
		slots.forEach(s -> slotIds.add(s.id()));
		for (ParticipantAvailability p : participants) {
			if (p.available() != null) {
				for (String s : p.available()) {
					if (!slotIds.contains(s)) {
						throw new InvalidInstanceException("participant '" + p.id() + "': unknown slot id '" + s + "'");
					}
				}
			}
		}
		Set<String> participantIds = HashSet.newHashSet(participants.size());
		participants.forEach(p -> participantIds.add(p.id()));
		for (Meeting m : meetings) {
			for (String p : m.participants()) {
				if (!participantIds.contains(p)) {
					throw new InvalidInstanceException("meeting '" + m.id() + "': unknown participant id '" + p + "'");
				}
			}
		}
	}
}
