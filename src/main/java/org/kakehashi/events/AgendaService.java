package org.kakehashi.events;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.kakehashi.events.internal.AgendaCalendar;
import org.kakehashi.events.internal.AgendaPdf;
import org.kakehashi.events.internal.BookingRepository;
import org.kakehashi.events.internal.MeetingRequestRepository;
import org.kakehashi.events.internal.ParticipantRepository;
import org.kakehashi.events.internal.SlotRepository;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Personal agendas: the meetings of one participant, as a page, an iCalendar feed at a
 * secret address (calendar apps cannot sign in) and a PDF with an embedded Japanese font.
 */
@Service
public class AgendaService {

	private final EventService events;

	private final RegistrationService registrations;

	private final ParticipantRepository participants;

	private final BookingRepository bookings;

	private final SlotRepository slots;

	private final MeetingRequestRepository requests;

	private final AgendaCalendar calendar;

	private final AgendaPdf pdf;

	AgendaService(EventService events, RegistrationService registrations, ParticipantRepository participants,
			BookingRepository bookings, SlotRepository slots, MeetingRequestRepository requests,
			AgendaCalendar calendar, AgendaPdf pdf) {
		this.events = events;
		this.registrations = registrations;
		this.participants = participants;
		this.bookings = bookings;
		this.slots = slots;
		this.requests = requests;
		this.calendar = calendar;
		this.pdf = pdf;
	}

	/**
	 * Whose agenda the user may read: their own participant, or with
	 * {@code participantId} any participant of an event they organise.
	 */
	public Participant reader(CurrentUser user, String eventId, @org.jspecify.annotations.Nullable Long participantId) {
		Event event = events.event(eventId);
		if (participantId == null) {
			return registrations.requireParticipant(user, eventId);
		}
		Participant p = registrations.participant(eventId, participantId);
		if (!event.organizedBy(user) && !user.username().equals(p.username())) {
			throw new ForbiddenException("agendas are personal");
		}
		return p;
	}

	public List<AgendaItem> agenda(Participant p) {
		return bookings.findByParticipant(p.id())
			.stream()
			.map(b -> item(p, b))
			.sorted(Comparator.comparing((AgendaItem i) -> i.slot().startsAt()))
			.toList();
	}

	private AgendaItem item(Participant p, Booking b) {
		MeetingRequest r = requests.findById(b.requestId()).orElseThrow();
		Participant other = participants.findById(r.otherThan(p.id())).orElseThrow();
		return new AgendaItem(b, slots.findById(b.slotId()).orElseThrow(), r, other,
				bookings.feedback(b.id(), p.id()).orElse(null));
	}

	/** The iCalendar feed behind a participant's secret feed token. */
	public String feed(String token) {
		Participant p = participants.findByFeedToken(token)
			.orElseThrow(() -> new NotFoundException("agenda feed", "?"));
		return calendar.render(events.event(p.eventId()), p, agenda(p));
	}

	public byte[] pdf(Participant p, Locale locale) {
		return pdf.render(events.event(p.eventId()), p, agenda(p), locale);
	}

}
