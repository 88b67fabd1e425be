package org.kakehashi.requests;

import java.util.Map;
import java.util.TreeMap;

/**
 * The entry-portal requests one cluster's members filed toward a partner in one calendar
 * year (UTC, by filing), and what became of them: counts only, for reports.
 *
 * @param fromCluster the requesters' home cluster
 * @param accepted requests a cluster accepted (whatever happened after)
 * @param handled requests that reached introductions or were closed
 * @param responded requests whose responding cluster (the partner when forwarded, else
 * home) has given its first response
 * @param withinServiceLevel of these, the ones answered by the due time
 * @param introductions organisations introduced
 * @param outcomes closed requests per outcome code
 */
public record RequestTally(int year, String fromCluster, int filed, int forwarded, int accepted, int declined,
		int handled, int responded, int withinServiceLevel, int introductions, Map<String, Integer> outcomes) {

	public RequestTally {
		outcomes = Map.copyOf(outcomes);
	}

	/** The sum of both, with this row's year and cluster. */
	public RequestTally plus(RequestTally o) {
		Map<String, Integer> sum = new TreeMap<>(outcomes);
		o.outcomes.forEach((k, v) -> sum.merge(k, v, Integer::sum));
		return new RequestTally(year, fromCluster, filed + o.filed, forwarded + o.forwarded, accepted + o.accepted,
				declined + o.declined, handled + o.handled, responded + o.responded,
				withinServiceLevel + o.withinServiceLevel, introductions + o.introductions, sum);
	}

}
