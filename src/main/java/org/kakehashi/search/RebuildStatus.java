package org.kakehashi.search;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where the background index rebuild stands: how many organisations are indexed out of
 * how many, and whether it finished or failed.
 */
public record RebuildStatus(boolean running, long done, long total, @Nullable Instant startedAt,
		@Nullable Instant finishedAt, @Nullable String error, int searchable) {

	/** Percent done, 0..100 (0 when the total is unknown). */
	public int percent() {
		return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
	}

}
