package org.kakehashi.search.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.kakehashi.search.PartnerSearch;
import org.springframework.stereotype.Component;

/** {@code kakehashi.search.index.lag}: organisations not yet searchable. */
@Component
class SearchMetrics implements MeterBinder {

	private final PartnerSearch search;

	SearchMetrics(PartnerSearch search) {
		this.search = search;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("kakehashi.search.index.lag", search::lag)
			.description("Organisations in the directory that the search index does not hold yet")
			.register(registry);
	}

}
