package org.kakehashi.events;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kakehashi.events.internal.BookingRepository;
import org.kakehashi.events.internal.Bookings;
import org.kakehashi.events.internal.MeetingRequestRepository;
import org.kakehashi.events.internal.ParticipantRepository;
import org.kakehashi.events.internal.SlotRepository;
import org.kakehashi.shared.AuditEntry;
import org.kakehashi.shared.ConcurrentEditException;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.DuplicateException;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meeting requests between participants: ask with a message, the receiver opts in or
 * declines, organisers propose and prioritise. Accepting may book a slot right away
 * (first come, first served) or leave the meeting to the scheduler. Organisers act for
 * guests, who cannot sign in.
 */
@Service
public class MeetingRequestService {

	private final EventService events;

	private final RegistrationService registrations;

	private final MeetingRequestRepository requests;

	private final ParticipantRepository participants;

	private final SlotRepository slots;

	private final BookingRepository bookingRows;

	private final Bookings bookings;

	private final Clock clock;

	private final ApplicationEventPublisher publisher;

	MeetingRequestService(EventService events, RegistrationService registrations, MeetingRequestRepository requests,
			ParticipantRepository participants, SlotRepository slots, BookingRepository bookingRows, Bookings bookings,
			Clock clock, ApplicationEventPublisher publisher) {
		this.events = events;
		this.registrations = registrations;
		this.requests = requests;
		this.participants = participants;
		this.slots = slots;
		this.bookingRows = bookingRows;
		this.bookings = bookings;
		this.clock = clock;
		this.publisher = publisher;
	}

	/** The user's participant asks {@code receiverId} for a meeting. */
	@Transactional
	public MeetingRequest request(CurrentUser user, String eventId, long receiverId, String message) {
		Participant requester = registrations.requireParticipant(user, eventId);
		return create(user, eventId, requester.id(), receiverId, message, 2, null, false);
	}

	/**
	 * Organisers propose a meeting between two participants; the receiver still opts in.
	 */
	@Transactional
	public MeetingRequest propose(CurrentUser organizer, String eventId, long requesterId, long receiverId,
			int priority, String message) {
		return propose(organizer, eventId, requesterId, receiverId, priority, message, false);
	}

	/**
	 * As above; with {@code afterEnd} the caller records a meeting of an event that is
	 * over (the demo data), so it is not refused for that. Pages and the API never pass
	 * it.
	 */
	@Transactional
	public MeetingRequest propose(CurrentUser organizer, String eventId, long requesterId, long receiverId,
			int priority, String message, boolean afterEnd) {
		events.organizedEvent(organizer, eventId);
		return create(organizer, eventId, requesterId, receiverId, message, priority, organizer.username(), afterEnd);
	}

	private MeetingRequest create(CurrentUser actor, String eventId, long requesterId, long receiverId, String message,
			int priority, @Nullable String proposedBy, boolean afterEnd) {
		if (!afterEnd) {
			// a meeting at an event that is over can no longer take place
			events.requireNotEnded(events.event(eventId), EventEndedException.Action.MEETING_REQUEST);
		}
		registrations.participant(eventId, requesterId);
		registrations.participant(eventId, receiverId);
		if (requests.openBetween(requesterId, receiverId)) {
			throw new DuplicateException("receiver", "these two participants already have an open meeting request");
		}
		MeetingRequest draft = new MeetingRequest(0, eventId, requesterId, receiverId, message.strip(),
				MeetingRequestStatus.PENDING, priority, proposedBy, OffsetDateTime.now(clock), 0);
		long id = requests.insert(draft);
		publisher.publishEvent(
				AuditEntry.by(actor, "meeting-request.created", "meeting-request", String.valueOf(id), eventId));
		return requests.findById(id).orElseThrow();
	}

	/**
	 * The receiver (or an organiser) accepts; with a slot the meeting is booked at once,
	 * and a booking that loses a race raises BookingConflictException with nothing
	 * changed.
	 */
	@Transactional
	public MeetingRequest accept(CurrentUser user, long requestId, @Nullable Long slotId) {
		MeetingRequest request = mayAnswer(user, requests(requestId));
		MeetingRequest accepted = save(user, request.accept(), "accepted");
		if (slotId != null) {
			EventSlot slot = candidate(accepted, slotId);
			bookings.book(accepted, slot, true);
		}
		return accepted;
	}

	@Transactional
	public MeetingRequest decline(CurrentUser user, long requestId) {
		return save(user, mayAnswer(user, requests(requestId)).decline(), "declined");
	}

	@Transactional
	public MeetingRequest withdraw(CurrentUser user, long requestId) {
		MeetingRequest request = requests(requestId);
		Participant requester = participants.findById(request.requesterId()).orElseThrow();
		if (!user.username().equals(requester.username()) && !events.event(request.eventId()).organizedBy(user)) {
			throw new ForbiddenException("only the requester withdraws a request");
		}
		return save(user, request.withdraw(), "withdrawn");
	}

	@Transactional
	public MeetingRequest setPriority(CurrentUser organizer, long requestId, int priority) {
		MeetingRequest request = requests(requestId);
		events.organizedEvent(organizer, request.eventId());
		return save(organizer, request.withPriority(priority), "prioritised");
	}

	/** Books an accepted, not yet placed meeting in one of its candidate slots. */
	@Transactional
	public Booking book(CurrentUser user, long requestId, long slotId) {
		MeetingRequest request = requests(requestId);
		mayAct(user, request);
		if (request.status() != MeetingRequestStatus.ACCEPTED) {
			throw new IllegalMeetingRequestTransitionException(requestId, request.status(),
					MeetingRequestStatus.ACCEPTED);
		}
		long id = bookings.book(request, candidate(request, slotId), true);
		publisher
			.publishEvent(AuditEntry.by(user, "meeting.booked", "meeting-request", String.valueOf(requestId), null));
		return bookingRows.findById(id).orElseThrow();
	}

	/**
	 * Slots the meeting can take now: marked by both (no marks means any), inside both
	 * parties' working hours for online events, with both free and a table left.
	 */
	public List<EventSlot> candidateSlots(MeetingRequest request) {
		return candidateSlots(request.eventId()).of(request);
	}

	/** The candidate slots of every meeting of the event, from one reading of it. */
	public CandidateSlots candidateSlots(String eventId) {
		return new CandidateSlots(events.event(eventId), slots.findByEvent(eventId), participants.findByEvent(eventId),
				participants.availabilityByParticipant(eventId), bookingRows.seatedBySlot(eventId),
				bookingRows.findByEvent(eventId), registrations);
	}

	/** The requests the user's participant sent or received, newest first. */
	public List<MeetingRequestView> requestsOf(Participant participant) {
		return views(participant.eventId(), requests.findByParticipant(participant.id()));
	}

	/**
	 * The requests the user's own participants sent or received at the given events,
	 * newest first: what the start page picks the requests to answer and the next
	 * meetings from. One query finds the user's registrations; each event's lists are
	 * then read once.
	 */
	public List<MeetingRequestView> requestsAt(CurrentUser user, Collection<String> eventIds) {
		return participants.findByUsername(user.username())
			.stream()
			.filter(p -> eventIds.contains(p.eventId()))
			.flatMap(p -> requestsOf(p).stream())
			.sorted(Comparator.comparing((MeetingRequestView v) -> v.request().createdAt()).reversed())
			.toList();
	}

	/** Every request of the event, for its organisers. */
	public List<MeetingRequestView> allRequests(CurrentUser organizer, String eventId) {
		events.organizedEvent(organizer, eventId);
		return views(eventId, requests.findByEvent(eventId));
	}

	public MeetingRequest requests(long requestId) {
		return requests.findById(requestId)
			.orElseThrow(() -> new NotFoundException("meeting request", String.valueOf(requestId)));
	}

	List<MeetingRequestView> views(String eventId, List<MeetingRequest> list) {
		Map<Long, Participant> people = participants.findByEvent(eventId)
			.stream()
			.collect(Collectors.toMap(Participant::id, Function.identity()));
		Map<Long, EventSlot> slotById = slots.findByEvent(eventId)
			.stream()
			.collect(Collectors.toMap(EventSlot::id, Function.identity()));
		Map<Long, Booking> bookingByRequest = bookingRows.findByEvent(eventId)
			.stream()
			.collect(Collectors.toMap(Booking::requestId, Function.identity()));
		return list.stream().map(r -> {
			Booking b = bookingByRequest.get(r.id());
			return new MeetingRequestView(r, people.get(r.requesterId()), people.get(r.receiverId()), b,
					b == null ? null : slotById.get(b.slotId()));
		}).toList();
	}

	private EventSlot candidate(MeetingRequest request, long slotId) {
		EventSlot slot = slots.findById(slotId)
			.filter(s -> s.eventId().equals(request.eventId()))
			.orElseThrow(() -> new NotFoundException("slot", String.valueOf(slotId)));
		boolean listed = candidateSlots(request).stream().anyMatch(s -> s.id() == slotId);
		if (!listed) {
			throw new BookingConflictException("slot " + slot.code()
					+ " is not open to both participants (availability, working hours, or already taken)");
		}
		return slot;
	}

	private MeetingRequest mayAnswer(CurrentUser user, MeetingRequest request) {
		Participant receiver = participants.findById(request.receiverId()).orElseThrow();
		if (!user.username().equals(receiver.username()) && !events.event(request.eventId()).organizedBy(user)) {
			throw new ForbiddenException("only the receiver answers a meeting request");
		}
		return request;
	}

	void mayAct(CurrentUser user, MeetingRequest request) {
		boolean party = participants.findByUser(request.eventId(), user.username())
			.map(p -> request.involves(p.id()))
			.orElse(false);
		if (!party && !events.event(request.eventId()).organizedBy(user)) {
			throw new ForbiddenException("only the meeting's participants and the organisers may do this");
		}
	}

	private MeetingRequest save(CurrentUser user, MeetingRequest changed, String what) {
		if (!requests.update(changed)) {
			throw new ConcurrentEditException("meeting request", String.valueOf(changed.id()), changed.version());
		}
		publisher.publishEvent(AuditEntry.by(user, "meeting-request." + what, "meeting-request",
				String.valueOf(changed.id()), changed.eventId()));
		return requests(changed.id());
	}

}
