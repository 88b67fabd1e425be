package org.kakehashi.home;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kakehashi.events.Event;
import org.kakehashi.events.MeetingRequestService;
import org.kakehashi.events.MeetingRequestView;
import org.kakehashi.shared.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The start page's partnering sections: meeting requests waiting for the reader's answer
 * and the next meetings of their agendas, at events still to come. Both come from one
 * read of the reader's meeting requests per event they registered for.
 */
@Component
class HomeMeetings {

	private final MeetingRequestService meetings;

	private final Clock clock;

	HomeMeetings(MeetingRequestService meetings, Clock clock) {
		this.meetings = meetings;
		this.clock = clock;
	}

	/**
	 * A meeting request or a booked meeting of the reader.
	 *
	 * @param party the other participant as registered (a person, a delegation or a guest
	 * organisation)
	 * @param startsAt the booked slot's start, or null while not booked
	 * @param table the booked table, 0 while not booked
	 */
	record Meeting(Event event, String party, @Nullable OffsetDateTime startsAt, int table) {
	}

	/** The two sections, filled together. */
	record Sections(HomeSection<Meeting> toAnswer, HomeSection<Meeting> next) {
	}

	Sections of(CurrentUser reader, List<Event> upcoming) {
		Map<String, Event> events = upcoming.stream().collect(Collectors.toMap(Event::id, Function.identity()));
		List<MeetingRequestView> views = meetings.requestsAt(reader, events.keySet());
		Instant now = clock.instant();
		List<Meeting> toAnswer = views.stream()
			.filter(v -> v.awaitsAnswerFrom(reader.username()))
			.map(v -> new Meeting(events.get(v.request().eventId()), v.requester().displayName(), null, 0))
			.toList();
		List<Meeting> next = views.stream()
			.filter(v -> v.bookedAfter(now))
			.map(v -> new Meeting(events.get(v.request().eventId()), v.otherThan(reader.username()).displayName(),
					v.slot().startsAt(), v.booking().table()))
			.sorted(Comparator.comparing((Meeting m) -> m.startsAt().toInstant()))
			.toList();
		return new Sections(HomeSection.of(toAnswer, all(toAnswer, "requests")),
				HomeSection.of(next, all(next, "agenda")));
	}

	/** The one event's page when every item belongs to it, else the list of events. */
	private static String all(List<Meeting> items, String page) {
		Set<String> at = items.stream().map(m -> m.event().id()).collect(Collectors.toSet());
		return at.size() == 1 ? "/events/" + at.iterator().next() + "/" + page : "/events";
	}

}
