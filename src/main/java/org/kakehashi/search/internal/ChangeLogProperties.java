package org.kakehashi.search.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How an instance follows the search change log (docs/decisions/0009).
 *
 * @param pollInterval how often the log is read when nothing wakes the follower earlier
 * (a change committed through this instance does)
 * @param batchSize how many entries one read takes at most
 * @param gapTimeout how long an entry that is missing while later ones are visible is
 * waited for (its transaction may still be committing)
 * @param retention entries older than this are pruned; an index that was down longer is
 * rebuilt
 * @param pruneInterval how often an instance prunes
 */
@ConfigurationProperties("kakehashi.search.log")
record ChangeLogProperties(@DefaultValue("250ms") Duration pollInterval, @DefaultValue("1000") int batchSize,
		@DefaultValue("1m") Duration gapTimeout, @DefaultValue("7d") Duration retention,
		@DefaultValue("1h") Duration pruneInterval) {

	ChangeLogProperties {
		if (pollInterval.isNegative() || pollInterval.isZero() || batchSize < 1) {
			throw new IllegalArgumentException("poll interval and batch size must be positive");
		}
	}

}
