package org.kakehashi.events.internal;

import java.util.Map;

import org.kakehashi.events.AgendaPublished;
import org.kakehashi.events.Event;
import org.kakehashi.events.Participant;
import org.kakehashi.notifications.Notifications;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells every participant with an account that their agenda is out, after publication
 * committed.
 */
@Component
class AgendaMails {

	private final EventRepository events;

	private final ParticipantRepository participants;

	private final BookingRepository bookings;

	private final Notifications notifications;

	private final String baseUrl;

	AgendaMails(EventRepository events, ParticipantRepository participants, BookingRepository bookings,
			Notifications notifications, @Value("${kakehashi.base-url:http://localhost:8080}") String baseUrl) {
		this.events = events;
		this.participants = participants;
		this.bookings = bookings;
		this.notifications = notifications;
		this.baseUrl = baseUrl;
	}

	@ApplicationModuleListener
	void on(AgendaPublished published) {
		Event event = events.findById(published.eventId()).orElseThrow();
		for (Participant p : participants.findByEvent(event.id())) {
			if (p.username() != null) {
				notifications.toUser(p.username(), "agenda-published",
						Map.of("names", event.names(), "name", p.displayName(), "meetings",
								bookings.findByParticipant(p.id()).size(), "link",
								baseUrl + "/events/" + event.id() + "/agenda", "feed",
								baseUrl + "/feeds/agenda/" + p.feedToken() + ".ics"));
			}
		}
	}

}
