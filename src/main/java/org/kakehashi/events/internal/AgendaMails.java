package org.kakehashi.events.internal;

import java.util.Map;

import org.kakehashi.shared.AbsoluteLinks;
import org.kakehashi.events.AgendaPublished;
import org.kakehashi.events.Event;
import org.kakehashi.events.Participant;
import org.kakehashi.notifications.Notifications;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells every participant with an account that their agenda is out, after publication
 * committed. Each mail is keyed by the event, the published run and the participant, so
 * handling the event again after a crash queues nothing twice.
 */
@Component
class AgendaMails {

	private final EventRepository events;

	private final ParticipantRepository participants;

	private final BookingRepository bookings;

	private final Notifications notifications;

	private final AbsoluteLinks links;

	AgendaMails(EventRepository events, ParticipantRepository participants, BookingRepository bookings,
			Notifications notifications, AbsoluteLinks links) {
		this.events = events;
		this.participants = participants;
		this.bookings = bookings;
		this.notifications = notifications;
		this.links = links;
	}

	@ApplicationModuleListener
	void on(AgendaPublished published) {
		Event event = events.findById(published.eventId()).orElseThrow();
		// one query for every participant's count: an event may have 20,000 of them
		Map<Long, Integer> meetings = bookings.meetingCounts(event.id());
		for (Participant p : participants.findByEvent(event.id())) {
			if (p.username() != null) {
				notifications.toUser("agenda:" + event.id() + ":" + published.runId() + ":" + p.id(), p.username(),
						"agenda-published",
						Map.of("names", event.names(), "name", p.displayName(), "meetings",
								meetings.getOrDefault(p.id(), 0), "link",
								links.forMail() + "/events/" + event.id() + "/agenda", "feed",
								links.forMail() + "/feeds/agenda/" + p.feedToken() + ".ics"));
			}
		}
	}

}
