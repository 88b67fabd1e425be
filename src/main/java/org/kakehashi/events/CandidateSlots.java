package org.kakehashi.events;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The slots each accepted meeting of one event could take now, answered from one reading
 * of the event's slots, participants, marked availability and bookings: a page that
 * offers a booking for every waiting meeting reads these once, not once per meeting. The
 * booking itself checks again (and the database's unique keys decide a race), so a
 * snapshot a moment old only ever offers a slot that the booking then refuses with its
 * own message.
 */
public final class CandidateSlots {

	private final Event event;

	private final List<EventSlot> slots;

	private final Map<Long, Participant> participants;

	private final Map<Long, Set<Long>> marked;

	private final Map<Long, Set<Long>> seatedBySlot;

	private final Map<Long, Long> tablesTaken;

	private final RegistrationService registrations;

	CandidateSlots(Event event, List<EventSlot> slots, List<Participant> participants, Map<Long, Set<Long>> marked,
			Map<Long, Set<Long>> seatedBySlot, List<Booking> bookings, RegistrationService registrations) {
		this.event = event;
		this.slots = slots;
		this.participants = participants.stream().collect(Collectors.toMap(Participant::id, Function.identity()));
		this.marked = marked;
		this.seatedBySlot = seatedBySlot;
		this.tablesTaken = bookings.stream().collect(Collectors.groupingBy(Booking::slotId, Collectors.counting()));
		this.registrations = registrations;
	}

	/**
	 * Slots the meeting can take: marked by both (no marks means any), inside both
	 * parties' working hours for online events, with both free and a table left.
	 */
	public List<EventSlot> of(MeetingRequest request) {
		Participant a = participants.get(request.requesterId());
		Participant b = participants.get(request.receiverId());
		if (a == null || b == null) {
			return List.of();
		}
		Set<Long> availableA = marked.getOrDefault(a.id(), Set.of());
		Set<Long> availableB = marked.getOrDefault(b.id(), Set.of());
		return slots.stream()
			.filter(s -> availableA.isEmpty() || availableA.contains(s.id()))
			.filter(s -> availableB.isEmpty() || availableB.contains(s.id()))
			.filter(s -> registrations.usable(event, s, a) && registrations.usable(event, s, b))
			.filter(s -> free(s, a) && free(s, b))
			.filter(s -> tablesTaken.getOrDefault(s.id(), 0L) < s.tables())
			.toList();
	}

	private boolean free(EventSlot slot, Participant p) {
		return !seatedBySlot.getOrDefault(slot.id(), Set.of()).contains(p.id());
	}

}
