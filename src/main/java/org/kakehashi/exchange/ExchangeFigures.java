package org.kakehashi.exchange;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.kakehashi.exchange.internal.ExchangeCounts;
import org.kakehashi.exchange.internal.ExchangeCounts.Dated;
import org.springframework.stereotype.Service;

/**
 * Counts of the exchange between two partner clusters, per year and direction, for the
 * reports module. Read-only and aggregate: no titles, no names.
 */
@Service
public class ExchangeFigures {

	private final ExchangeCounts counts;

	ExchangeFigures(ExchangeCounts counts) {
		this.counts = counts;
	}

	/** One row per year and sending cluster that has anything to count, oldest first. */
	public List<ExchangeTally> between(String a, String b) {
		Map<String, ExchangeTally> rows = new TreeMap<>();
		for (Dated p : counts.postsBetween(a, b)) {
			add(rows, new ExchangeTally(year(p.at()), p.cluster(), 1,
					PostKind.REGIONAL_UPDATE.code().equals(p.kind()) ? 1 : 0, 0, 0));
		}
		for (Dated o : counts.opportunitiesOf(a, b)) {
			add(rows, new ExchangeTally(year(o.at()), o.cluster(), 0, 0, 1, 0));
		}
		for (Dated i : counts.interestsBetween(a, b)) {
			add(rows, new ExchangeTally(year(i.at()), i.cluster(), 0, 0, 0, 1));
		}
		return rows.values()
			.stream()
			.sorted(Comparator.comparingInt(ExchangeTally::year).thenComparing(ExchangeTally::fromCluster))
			.toList();
	}

	private static void add(Map<String, ExchangeTally> rows, ExchangeTally t) {
		rows.merge(t.year() + "/" + t.fromCluster(), t, ExchangeTally::plus);
	}

	private static int year(Instant at) {
		return at.atZone(ZoneOffset.UTC).getYear();
	}

}
