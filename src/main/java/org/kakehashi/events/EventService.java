package org.kakehashi.events;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.kakehashi.events.internal.EventRepository;
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
 * The events facade: events are visible to every signed-in user; the managers of an
 * organising cluster (and administrators) create and change them and lay out their
 * meeting slots.
 */
@Service
public class EventService {

	private final EventRepository events;

	private final SlotRepository slots;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	EventService(EventRepository events, SlotRepository slots, ApplicationEventPublisher publisher, Clock clock) {
		this.events = events;
		this.slots = slots;
		this.publisher = publisher;
		this.clock = clock;
	}

	public List<Event> all() {
		return events.findAll();
	}

	/**
	 * Every event, split at the application clock's now: those still to come or running,
	 * soonest first, and those that have ended, latest first.
	 */
	public EventsByTime byTime() {
		Instant now = clock.instant();
		Map<Boolean, List<Event>> split = events.findAll()
			.stream()
			.collect(Collectors.partitioningBy(e -> e.hasEndedAt(now)));
		return new EventsByTime(
				split.get(false).stream().sorted(Comparator.comparing(e -> e.startsAt().toInstant())).toList(),
				split.get(true)
					.stream()
					.sorted(Comparator.comparing((Event e) -> e.endsAt().toInstant()).reversed())
					.toList());
	}

	/** Whether the event is over by the application clock. */
	public boolean hasEnded(Event event) {
		return event.hasEndedAt(clock.instant());
	}

	/**
	 * Refuses {@code action} on an event that has ended.
	 * @throws EventEndedException if it has
	 */
	public void requireNotEnded(Event event, EventEndedException.Action action) {
		if (hasEnded(event)) {
			throw new EventEndedException(event.id(), action);
		}
	}

	public Event event(String id) {
		return events.findById(id).orElseThrow(() -> new NotFoundException("event", id));
	}

	public long version(String id) {
		return events.version(id);
	}

	/** The event, if {@code user} organises it; ForbiddenException otherwise. */
	public Event organizedEvent(CurrentUser user, String id) {
		Event event = event(id);
		if (!event.organizedBy(user)) {
			throw new ForbiddenException("only the organisers of event '" + id + "' may do this");
		}
		return event;
	}

	@Transactional
	public Event create(CurrentUser user, Event event) {
		if (!event.organizedBy(user)) {
			throw new ForbiddenException("events are created by the managers of an organising cluster");
		}
		if (events.findById(event.id()).isPresent()) {
			throw new DuplicateException("id", "event '" + event.id() + "' already exists");
		}
		events.insert(event);
		publisher.publishEvent(AuditEntry.by(user, "event.created", "event", event.id(), null));
		return event(event.id());
	}

	/**
	 * Saves a changed event. The editor must organise it before and after the change, so
	 * nobody hands an event to clusters they do not manage and then loses it.
	 */
	@Transactional
	public Event update(CurrentUser user, Event changed, long version) {
		organizedEvent(user, changed.id());
		if (!changed.organizedBy(user)) {
			throw new ForbiddenException("keep at least one organising cluster you manage");
		}
		if (!events.update(changed, version)) {
			throw new ConcurrentEditException("event", changed.id(), version);
		}
		publisher.publishEvent(AuditEntry.by(user, "event.updated", "event", changed.id(), null));
		return event(changed.id());
	}

	public List<EventSlot> slots(String eventId) {
		event(eventId);
		return slots.findByEvent(eventId);
	}

	/**
	 * Adds the plan's slots (existing codes and start times stay as they are); returns
	 * how many were added.
	 */
	@Transactional
	public int generateSlots(CurrentUser user, String eventId, SlotPlan plan) {
		Event event = organizedEvent(user, eventId);
		int added = slots.insertNew(plan.slots(eventId, event.timeZone()));
		publisher.publishEvent(AuditEntry.by(user, "event.slots-generated", "event", eventId, added + " slots"));
		return added;
	}

	/** Removes every slot without a booking, e.g. to lay the grid out again. */
	@Transactional
	public int removeUnbookedSlots(CurrentUser user, String eventId) {
		organizedEvent(user, eventId);
		int removed = slots.deleteUnbooked(eventId);
		publisher.publishEvent(AuditEntry.by(user, "event.slots-removed", "event", eventId, removed + " slots"));
		return removed;
	}

}
