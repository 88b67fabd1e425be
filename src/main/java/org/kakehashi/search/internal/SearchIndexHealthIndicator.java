package org.kakehashi.search.internal;

import org.kakehashi.search.PartnerSearch;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Readiness: the partner-search index can answer (readable, its writer has not failed).
 */
@Component("searchIndexHealthIndicator")
class SearchIndexHealthIndicator extends AbstractHealthIndicator {

	private final PartnerSearch search;

	SearchIndexHealthIndicator(PartnerSearch search) {
		super("The search index cannot answer");
		this.search = search;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		search.problem().ifPresentOrElse(reason -> builder.down().withDetail("reason", reason), builder::up);
	}

}
