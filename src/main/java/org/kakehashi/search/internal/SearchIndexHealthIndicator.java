package org.kakehashi.search.internal;

import org.kakehashi.search.IndexCheck;
import org.kakehashi.search.PartnerSearch;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Readiness: the partner-search index can answer (readable, its writer has not failed).
 * How far it follows the change log and what the last consistency check found are
 * details: a stale document is repaired by the check and does not make the instance
 * unready.
 */
@Component("searchIndexHealthIndicator")
class SearchIndexHealthIndicator extends AbstractHealthIndicator {

	private final PartnerSearch search;

	private final IndexFollower follower;

	SearchIndexHealthIndicator(PartnerSearch search, IndexFollower follower) {
		super("The search index cannot answer");
		this.search = search;
		this.follower = follower;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		search.problem().ifPresentOrElse(reason -> builder.down().withDetail("reason", reason), builder::up);
		builder.withDetail("logPosition", follower.position());
		builder.withDetail("delaySeconds", follower.delaySeconds());
		builder.withDetail("followsLog", search.followsLog());
		IndexCheck check = follower.lastCheck();
		if (check != null) {
			builder.withDetail("lastCheck", check);
		}
	}

}
