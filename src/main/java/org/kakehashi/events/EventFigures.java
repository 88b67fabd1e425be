package org.kakehashi.events;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.kakehashi.events.internal.EventCounts;
import org.kakehashi.events.internal.EventCounts.CountedMeeting;
import org.kakehashi.events.internal.EventCounts.CountedEvent;
import org.springframework.stereotype.Service;

/**
 * Counts of what two partner clusters did together at events, per year, for the reports
 * module: meetings between their organisations' people and the events both attended. No
 * participant's name leaves this module here.
 */
@Service
public class EventFigures {

	private final EventCounts counts;

	EventFigures(EventCounts counts) {
		this.counts = counts;
	}

	/** One row per year and requesting cluster, oldest first. */
	public List<MeetingTally> meetings(String a, String b) {
		Map<String, MeetingTally> rows = new TreeMap<>();
		for (CountedMeeting m : counts.meetingsBetween(a, b)) {
			boolean placed = m.attendance() != null || m.booked();
			boolean noShow = "no-show".equals(m.attendance());
			boolean held = placed && !noShow && ("checked-in".equals(m.attendance()) || m.feedback() > 0);
			boolean accepted = placed || MeetingRequestStatus.ACCEPTED.code().equals(m.status())
					|| MeetingRequestStatus.CANCELLED.code().equals(m.status());
			MeetingTally t = new MeetingTally(m.year(), m.fromCluster(), 1, accepted ? 1 : 0, placed ? 1 : 0,
					held ? 1 : 0, noShow ? 1 : 0, m.feedback(), m.useful(), m.followUp());
			rows.merge(t.year() + "/" + t.fromCluster(), t, MeetingTally::plus);
		}
		return rows.values()
			.stream()
			.sorted(Comparator.comparingInt(MeetingTally::year).thenComparing(MeetingTally::fromCluster))
			.toList();
	}

	/** One row per year with events both clusters took part in, oldest first. */
	public List<VisitTally> visits(String a, String b) {
		Map<Integer, VisitTally> rows = new TreeMap<>();
		for (CountedEvent e : counts.eventsOfBoth(a, b)) {
			boolean visit = e.kind() == EventKind.DELEGATION_TRIP || e.kind() == EventKind.MUTUAL_VISIT;
			rows.merge(e.year(), new VisitTally(e.year(), visit ? 1 : 0, visit ? 0 : 1), VisitTally::plus);
		}
		return List.copyOf(rows.values());
	}

}
