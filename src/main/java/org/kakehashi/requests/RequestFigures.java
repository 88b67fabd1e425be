package org.kakehashi.requests;

import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.kakehashi.requests.internal.RequestRepository;
import org.kakehashi.requests.internal.RequestRepository.Counted;
import org.springframework.stereotype.Service;

/**
 * Counts of the entry-portal requests between two partner clusters, per year and
 * direction, for the reports module. Requests are confidential (RequestAccess), so only
 * numbers leave this module here: never a title, a requester or an introduced
 * organisation.
 */
@Service
public class RequestFigures {

	private static final Set<RequestState> ACCEPTED = EnumSet.of(RequestState.ACCEPTED, RequestState.IN_PROGRESS,
			RequestState.INTRODUCTIONS_MADE, RequestState.CLOSED);

	private final RequestRepository requests;

	RequestFigures(RequestRepository requests) {
		this.requests = requests;
	}

	/** One row per year and home cluster with requests filed, oldest first. */
	public List<RequestTally> between(String a, String b) {
		Map<String, RequestTally> rows = new TreeMap<>();
		for (Counted c : requests.countedBetween(a, b)) {
			RequestTally t = tally(c);
			rows.merge(t.year() + "/" + t.fromCluster(), t, RequestTally::plus);
		}
		return rows.values()
			.stream()
			.sorted(Comparator.comparingInt(RequestTally::year).thenComparing(RequestTally::fromCluster))
			.toList();
	}

	private static RequestTally tally(Counted c) {
		ServiceClock responding = c.partnerClock() != null ? c.partnerClock() : c.homeClock();
		boolean responded = responding.respondedAt() != null;
		boolean inTime = responded && !responding.respondedAt().isAfter(responding.dueAt());
		return new RequestTally(c.homeClock().startedAt().atZone(ZoneOffset.UTC).getYear(), c.homeCluster(), 1,
				c.partnerClock() != null ? 1 : 0, ACCEPTED.contains(c.state()) ? 1 : 0,
				c.state() == RequestState.DECLINED ? 1 : 0, RequestState.HANDLED.contains(c.state()) ? 1 : 0,
				responded ? 1 : 0, inTime ? 1 : 0, c.introductions(),
				c.outcome() == null ? Map.of() : Map.of(c.outcome().code(), 1));
	}

}
