package org.kakehashi.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kakehashi.events.Booking;
import org.kakehashi.events.Event;
import org.kakehashi.events.EventKind;
import org.kakehashi.events.EventSlot;
import org.kakehashi.events.MeetingRequest;
import org.kakehashi.events.Participant;
import org.kakehashi.events.WorkingHours;
import org.kakehashi.scheduling.Assignment;
import org.kakehashi.scheduling.Instance;
import org.kakehashi.scheduling.Meeting;
import org.kakehashi.scheduling.ParticipantAvailability;
import org.kakehashi.scheduling.Schedule;
import org.kakehashi.scheduling.Slot;

/**
 * Maps the event's rows to the scheduler's contract records, and back by id: slots by
 * their code, participants as {@code p-<id>}, meetings (accepted requests) as
 * {@code m-<id>}. Availability follows the contract: no marks means every slot; for
 * online events only slots inside the participant's own working hours.
 */
public final class InstanceMapper {

	private InstanceMapper() {
	}

	public static Instance instance(Event event, List<EventSlot> slots, List<Participant> participants,
			Map<Long, Set<Long>> availability, List<MeetingRequest> accepted, WorkingHours hours) {
		List<Slot> contractSlots = slots.stream()
			.map(s -> new Slot(s.code(), s.startsAt(), s.minutes(), s.tables()))
			.toList();
		List<ParticipantAvailability> contractParticipants = participants.stream()
			.map(p -> availabilityOf(event, p, slots, availability.getOrDefault(p.id(), Set.of()), hours))
			.toList();
		List<Meeting> meetings = accepted.stream()
			.map(r -> new Meeting(r.contractId(), List.of("p-" + r.requesterId(), "p-" + r.receiverId()), r.priority()))
			.toList();
		return new Instance(event.id(), contractSlots, contractParticipants, meetings);
	}

	private static ParticipantAvailability availabilityOf(Event event, Participant p, List<EventSlot> slots,
			Set<Long> marked, WorkingHours hours) {
		boolean online = event.kind() == EventKind.ONLINE_PARTNERING;
		if (marked.isEmpty() && !online) {
			return ParticipantAvailability.alwaysAvailable(p.contractId());
		}
		List<String> available = new ArrayList<>();
		for (EventSlot s : slots) {
			boolean markedOk = marked.isEmpty() || marked.contains(s.id());
			boolean hoursOk = !online || hours.contains(s.startsAt(), s.minutes(), p.zone());
			if (markedOk && hoursOk) {
				available.add(s.code());
			}
		}
		return new ParticipantAvailability(p.contractId(), available);
	}

	/**
	 * The bookings as a contract schedule; {@code requests} are the instance's meetings.
	 */
	public static Schedule schedule(String eventId, List<Booking> bookings, List<EventSlot> slots,
			List<MeetingRequest> requests) {
		Map<Long, String> codes = new java.util.HashMap<>();
		slots.forEach(s -> codes.put(s.id(), s.code()));
		Set<Long> placed = new java.util.HashSet<>();
		List<Assignment> assignments = new ArrayList<>();
		for (Booking b : bookings) {
			assignments.add(new Assignment("m-" + b.requestId(), codes.get(b.slotId()), b.table()));
			placed.add(b.requestId());
		}
		List<String> unscheduled = requests.stream()
			.filter(r -> !placed.contains(r.id()))
			.map(MeetingRequest::contractId)
			.toList();
		return new Schedule(eventId, assignments, unscheduled);
	}

	/** The request id of a contract meeting id ({@code m-42} → 42). */
	public static long requestId(String meetingId) {
		if (!meetingId.startsWith("m-")) {
			throw new IllegalArgumentException("meeting id '" + meetingId + "' is not one of this event's requests");
		}
		return Long.parseLong(meetingId.substring(2));
	}

}
