package org.kakehashi.events;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.kakehashi.events.internal.BookingRepository;
import org.kakehashi.events.internal.Bookings;
import org.kakehashi.events.internal.MeetingRequestRepository;
import org.kakehashi.events.internal.ParticipantRepository;
import org.kakehashi.events.internal.PastMeetings;
import org.kakehashi.events.internal.SlotRepository;
import org.kakehashi.shared.AuditEntry;
import org.kakehashi.shared.ConcurrentEditException;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.NotFoundException;
import org.kakehashi.shared.WrongStateException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placed meetings from cancellation to the day itself: cancelling frees the slot and
 * offers it to a waiting meeting, organisers mark check-ins and no-shows, participants
 * give one-click feedback.
 */
@Service
public class MeetingService {

	private final EventService events;

	private final MeetingRequestService requestService;

	private final MeetingRequestRepository requests;

	private final BookingRepository bookings;

	private final Bookings booker;

	private final SlotRepository slots;

	private final ParticipantRepository participants;

	private final Clock clock;

	private final ApplicationEventPublisher publisher;

	private final PastMeetings pastMeetings;

	MeetingService(EventService events, MeetingRequestService requestService, MeetingRequestRepository requests,
			BookingRepository bookings, Bookings booker, SlotRepository slots, ParticipantRepository participants,
			Clock clock, ApplicationEventPublisher publisher, PastMeetings pastMeetings) {
		this.pastMeetings = pastMeetings;
		this.events = events;
		this.requestService = requestService;
		this.requests = requests;
		this.bookings = bookings;
		this.booker = booker;
		this.slots = slots;
		this.participants = participants;
		this.clock = clock;
		this.publisher = publisher;
	}

	/**
	 * Calls off an accepted meeting. Its slot is offered at once to the most important
	 * waiting meeting (accepted, not placed) whose two parties can both take it; returns
	 * that meeting.
	 */
	@Transactional
	public Optional<MeetingRequest> cancel(CurrentUser user, long requestId) {
		MeetingRequest request = requestService.requests(requestId);
		requestService.mayAct(user, request);
		MeetingRequest cancelled = request.cancel();
		if (!requests.update(cancelled)) {
			throw new ConcurrentEditException("meeting request", String.valueOf(requestId), request.version());
		}
		publisher.publishEvent(AuditEntry.by(user, "meeting-request.cancelled", "meeting-request",
				String.valueOf(requestId), request.eventId()));
		Optional<Booking> booking = bookings.findByRequest(requestId);
		if (booking.isEmpty()) {
			return Optional.empty();
		}
		bookings.delete(booking.get().id());
		EventSlot freed = slots.findById(booking.get().slotId()).orElseThrow();
		return offer(user, freed);
	}

	private Optional<MeetingRequest> offer(CurrentUser user, EventSlot freed) {
		CandidateSlots candidates = requestService.candidateSlots(freed.eventId());
		Set<Long> booked = bookings.findByEvent(freed.eventId())
			.stream()
			.map(Booking::requestId)
			.collect(Collectors.toSet());
		Optional<MeetingRequest> waiting = requests.findByEventAndStatus(freed.eventId(), MeetingRequestStatus.ACCEPTED)
			.stream()
			.filter(r -> !booked.contains(r.id()))
			.filter(r -> candidates.of(r).stream().anyMatch(s -> s.id() == freed.id()))
			.min(Comparator.comparingInt(MeetingRequest::priority).thenComparingLong(MeetingRequest::id));
		waiting.ifPresent(r -> {
			booker.book(r, freed, false);
			publisher.publishEvent(AuditEntry.by(user, "meeting.moved-up", "meeting-request", String.valueOf(r.id()),
					"freed slot " + freed.code()));
		});
		return waiting;
	}

	@Transactional
	public Booking markAttendance(CurrentUser organizer, long bookingId, Attendance attendance) {
		Booking booking = booking(bookingId);
		events.organizedEvent(organizer, booking.eventId());
		bookings.setAttendance(bookingId, attendance);
		publisher.publishEvent(AuditEntry.by(organizer, "meeting." + attendance.code(), "booking",
				String.valueOf(bookingId), booking.eventId()));
		return booking(bookingId);
	}

	/** A party's feedback once the meeting has started. */
	@Transactional
	public MeetingFeedback feedback(CurrentUser user, long bookingId, boolean useful, boolean followUp) {
		Booking booking = booking(bookingId);
		MeetingRequest request = requestService.requests(booking.requestId());
		Participant me = participants.findByUser(booking.eventId(), user.username())
			.filter(p -> request.involves(p.id()))
			.orElseThrow(() -> new ForbiddenException("only the meeting's participants give feedback"));
		EventSlot slot = slots.findById(booking.slotId()).orElseThrow();
		if (slot.startsAt().isAfter(OffsetDateTime.now(clock))) {
			throw new WrongStateException("not-started", "feedback opens when the meeting starts");
		}
		bookings.saveFeedback(bookingId, me.id(), useful, followUp);
		return new MeetingFeedback(useful, followUp);
	}

	/**
	 * Meetings held (checked in or with feedback, not a no-show) whose slot began after
	 * {@code after} and not after {@code until}, oldest first: the reports module asks
	 * their parties what came of them.
	 */
	public List<PastMeeting> heldBetween(Instant after, Instant until) {
		return pastMeetings.startedBetween(after, until).stream().filter(PastMeeting::held).toList();
	}

	/**
	 * A placed meeting whose slot has begun, held or not: an outcome may be recorded for
	 * it even when nobody checked it in.
	 */
	public Optional<PastMeeting> pastMeeting(long bookingId) {
		return pastMeetings.find(bookingId, clock.instant());
	}

	public Booking booking(long id) {
		return bookings.findById(id).orElseThrow(() -> new NotFoundException("meeting", String.valueOf(id)));
	}

}
