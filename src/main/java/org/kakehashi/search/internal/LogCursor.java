package org.kakehashi.search.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.kakehashi.search.internal.SearchChangeLog.Change;

/**
 * Where an instance stands in the change log, and which entries it has not seen although
 * it has seen later ones. Log ids are handed out when a transaction writes its entry, but
 * transactions commit in any order: entry 11 can be visible before entry 10. So the
 * cursor notes 10 as a gap and keeps asking for it; the gap is given up once it is older
 * than {@code gapTimeout} (a rolled-back transaction leaves one for good).
 * <p>
 * The {@link #position()} below every open gap is what the index commit stores: after a
 * restart the entries above it are read again, and applying an entry twice does no harm.
 * Not thread-safe: one follower thread owns it.
 */
final class LogCursor {

	/**
	 * A jump larger than this is not tracked id by id (e.g. a sequence skipped ahead).
	 */
	static final int MAX_GAPS = 10_000;

	private final Duration gapTimeout;

	private long newest;

	/** Missing id to when it was first missed. */
	private final TreeMap<Long, Instant> gaps = new TreeMap<>();

	LogCursor(long position, Duration gapTimeout) {
		this.newest = position;
		this.gapTimeout = gapTimeout;
	}

	/** The newest id seen; new entries are read after it. */
	long newest() {
		return newest;
	}

	/** Every entry up to here has been applied or given up: what a commit stores. */
	long position() {
		return gaps.isEmpty() ? newest : gaps.firstKey() - 1;
	}

	/** The ids to ask for again because later ones were already seen. */
	Set<Long> gaps() {
		return gaps.keySet();
	}

	/**
	 * Takes entries just read (new ones and late ones) and returns those not applied yet,
	 * in log order.
	 */
	List<Change> accept(List<Change> read, Instant now) {
		List<Change> fresh = new ArrayList<>();
		for (Change c : read.stream().sorted(Comparator.comparingLong(Change::id)).toList()) {
			if (c.id() > newest) {
				long missing = c.id() - newest - 1;
				for (long id = Math.max(newest + 1, c.id() - Math.min(missing, MAX_GAPS)); id < c.id(); id++) {
					gaps.put(id, now);
				}
				newest = c.id();
				fresh.add(c);
			}
			else if (gaps.remove(c.id()) != null) {
				fresh.add(c);
			}
		}
		return fresh;
	}

	/** Gives up gaps older than the timeout: their transactions rolled back. */
	void expire(Instant now) {
		gaps.values().removeIf(missedAt -> !missedAt.plus(gapTimeout).isAfter(now));
	}

}
