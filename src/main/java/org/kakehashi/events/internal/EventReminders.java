package org.kakehashi.events.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kakehashi.shared.AbsoluteLinks;
import org.kakehashi.events.Booking;
import org.kakehashi.events.Event;
import org.kakehashi.events.EventSlot;
import org.kakehashi.events.MeetingRequest;
import org.kakehashi.events.MeetingRequestStatus;
import org.kakehashi.events.Participant;
import org.kakehashi.notifications.Notifications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nudges that fix the usual failures of partnering events: requests left unanswered,
 * availability never opened, meetings forgotten. Runs every quarter hour; each reminder
 * is queued in the mail outbox under a key that names it and its one recipient
 * ({@code event-pending:42}, {@code event-availability:7},
 * {@code event-meeting:9:7:1790000000}), so it goes out once, after the commit and with
 * retries, even with several instances or restarts.
 */
@Component
public class EventReminders {

	private final EventRepository events;

	private final ParticipantRepository participants;

	private final MeetingRequestRepository requests;

	private final BookingRepository bookings;

	private final SlotRepository slots;

	private final Notifications notifications;

	private final EventsConfig.EventsProperties properties;

	private final Clock clock;

	private final AbsoluteLinks links;

	EventReminders(EventRepository events, ParticipantRepository participants, MeetingRequestRepository requests,
			BookingRepository bookings, SlotRepository slots, Notifications notifications,
			EventsConfig.EventsProperties properties, Clock clock, AbsoluteLinks links) {
		this.events = events;
		this.participants = participants;
		this.requests = requests;
		this.bookings = bookings;
		this.slots = slots;
		this.notifications = notifications;
		this.properties = properties;
		this.clock = clock;
		this.links = links;
	}

	@Scheduled(fixedDelayString = "${kakehashi.events.reminder-interval:PT15M}", initialDelayString = "PT2M")
	void scheduled() {
		remind(clock.instant());
	}

	/**
	 * Queues every reminder due at {@code now} that was not queued before; returns how
	 * many were queued now.
	 */
	public int remind(Instant now) {
		int count = 0;
		for (Event event : events.findAll()) {
			if (event.endsAt().toInstant().isAfter(now)) {
				Map<Long, Participant> people = participants.findByEvent(event.id())
					.stream()
					.collect(java.util.stream.Collectors.toMap(Participant::id, p -> p));
				count += pending(event, people, now) + availability(event, people, now) + meetings(event, people, now);
			}
		}
		return count;
	}

	private int pending(Event event, Map<Long, Participant> people, Instant now) {
		int count = 0;
		for (MeetingRequest r : requests.findByEventAndStatus(event.id(), MeetingRequestStatus.PENDING)) {
			if (r.createdAt().toInstant().plus(properties.pendingAfter()).isBefore(now)) {
				Participant from = people.get(r.requesterId());
				count += send("pending:" + r.id(), people.get(r.receiverId()), event, "pending", from.displayName(),
						"/requests");
			}
		}
		return count;
	}

	private int availability(Event event, Map<Long, Participant> people, Instant now) {
		if (slots.count(event.id()) == 0) {
			return 0;
		}
		Map<Long, Set<Long>> marked = participants.availabilityByParticipant(event.id());
		int count = 0;
		for (Participant p : people.values()) {
			if (!marked.containsKey(p.id())) {
				count += send("availability:" + p.id(), p, event, "availability", "", "/availability");
			}
		}
		return count;
	}

	private int meetings(Event event, Map<Long, Participant> people, Instant now) {
		Map<Long, EventSlot> slotById = slots.findByEvent(event.id())
			.stream()
			.collect(java.util.stream.Collectors.toMap(EventSlot::id, s -> s));
		int count = 0;
		for (Booking b : bookings.findByEvent(event.id())) {
			Instant start = slotById.get(b.slotId()).startsAt().toInstant();
			if (start.isAfter(now) && !start.isAfter(now.plus(properties.meetingBefore()))) {
				MeetingRequest r = requests.findById(b.requestId()).orElseThrow();
				for (long p : List.of(r.requesterId(), r.receiverId())) {
					Participant other = people.get(r.otherThan(p));
					count += send("meeting:" + b.id() + ":" + p + ":" + start.getEpochSecond(), people.get(p), event,
							"meeting", other.displayName() + ", " + local(start, people.get(p)), "/agenda");
				}
			}
		}
		return count;
	}

	private static String local(Instant start, Participant p) {
		return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(start.atZone(p.zone())) + " ("
				+ p.timeZone() + ")";
	}

	private int send(String key, Participant to, Event event, String kind, String detail, String page) {
		if (to.username() == null) {
			return 0;
		}
		boolean mailed = notifications.toUser("event-" + key, to.username(), "event-reminder",
				Map.of("kind", kind, "names", event.names(), "name", to.displayName(), "detail", detail, "link",
						links.forMail() + "/events/" + event.id() + page));
		return mailed ? 1 : 0;
	}

}
