package org.kakehashi.search.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.kakehashi.search.IndexCheck;
import org.kakehashi.search.PartnerSearch;
import org.springframework.stereotype.Component;

/**
 * {@code kakehashi.search.index.lag}: organisations not yet searchable;
 * {@code kakehashi.search.index.delay}: seconds since the index last held every change of
 * the log; {@code kakehashi.search.index.repaired}: documents the last consistency check
 * found wrong.
 */
@Component
class SearchMetrics implements MeterBinder {

	private final PartnerSearch search;

	private final IndexFollower follower;

	SearchMetrics(PartnerSearch search, IndexFollower follower) {
		this.search = search;
		this.follower = follower;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("kakehashi.search.index.lag", search::lag)
			.description("Organisations in the directory that the search index does not hold yet")
			.register(registry);
		Gauge.builder("kakehashi.search.index.delay", follower::delaySeconds)
			.description("Seconds since this instance's search index last held every change in the change log")
			.baseUnit("seconds")
			.register(registry);
		Gauge.builder("kakehashi.search.index.repaired", () -> {
			IndexCheck check = follower.lastCheck();
			return check == null ? 0 : check.repaired();
		}).description("Documents the last consistency check found missing, stale or left over").register(registry);
	}

}
