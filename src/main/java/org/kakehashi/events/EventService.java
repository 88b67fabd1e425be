package org.kakehashi.events;

import java.util.List;

import org.kakehashi.events.internal.EventRepository;
import org.kakehashi.shared.AuditEntry;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.DuplicateException;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The events facade: events are visible to every signed-in user; organising clusters create them. */
@Service
public class EventService {

	private final EventRepository events;

	private final ApplicationEventPublisher publisher;

	EventService(EventRepository events, ApplicationEventPublisher publisher) {
		this.events = events;
		this.publisher = publisher;
	}

	public List<Event> all() {
		return events.findAll();
	}

	public Event event(String id) {
		return events.findById(id).orElseThrow(() -> new NotFoundException("event", id));
	}

	@Transactional
	public Event create(CurrentUser user, Event event) {
		if (!user.isAdmin() && event.organizers().stream().noneMatch(user::managesCluster)) {
			throw new ForbiddenException("events are created by the managers of an organising cluster");
		}
		if (events.findById(event.id()).isPresent()) {
			throw new DuplicateException("id", "event '" + event.id() + "' already exists");
		}
		events.insert(event);
		publisher.publishEvent(AuditEntry.by(user, "event.created", "event", event.id(), null));
		return event(event.id());
	}

}
