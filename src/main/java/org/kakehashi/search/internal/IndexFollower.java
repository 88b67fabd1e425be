package org.kakehashi.search.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.kakehashi.search.IndexCheck;
import org.kakehashi.search.PartnerSearch;
import org.kakehashi.search.internal.SearchChangeLog.Change;
import org.kakehashi.search.internal.SearchChangeLog.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance's partner index following the search change log, whichever instance
 * made the change: one thread reads the log every poll interval (at once when a local
 * change commits), applies what is new, and hands the position to the index, whose next
 * commit stores it. At start it resumes from the committed position, or rebuilds the
 * index when there is none or the log was pruned past it. It also runs the consistency
 * check (at start and on request) and prunes the log. See docs/decisions/0009.
 */
@Component
public class IndexFollower implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(IndexFollower.class);

	/** At most this many late entries are asked for in one statement. */
	private static final int GAP_QUERY = 500;

	private final PartnerSearch search;

	private final SearchChangeLog changes;

	private final IndexCheckRunner checks;

	private final ChangeLogProperties properties;

	private final Clock clock;

	private final Semaphore wake = new Semaphore(0);

	private final AtomicReference<@Nullable IndexCheck> lastCheck = new AtomicReference<>();

	/** Owned by the follower thread. */
	private @Nullable LogCursor cursor;

	private volatile @Nullable Thread thread;

	private volatile boolean running;

	private volatile boolean checkRequested;

	private volatile boolean checkRunning;

	private volatile @Nullable Instant caughtUpAt;

	private volatile OptionalLong resumedFrom = OptionalLong.empty();

	private volatile long position = -1;

	private Instant nextPrune = Instant.MAX;

	IndexFollower(PartnerSearch search, SearchChangeLog changes, IndexCheckRunner checks,
			ChangeLogProperties properties, Clock clock) {
		this.search = search;
		this.changes = changes;
		this.checks = checks;
		this.properties = properties;
		this.clock = clock;
	}

	/** Reads the log now instead of at the next poll (a local change committed). */
	public void wake() {
		wake.release();
	}

	/** Runs a consistency check on the follower thread, after the running rebuild. */
	public void requestCheck() {
		checkRequested = true;
		wake();
	}

	/**
	 * The check at start waits for the start-up runners (migrations, demo data), so that
	 * it compares the directory as it will be served.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void checkAtStart() {
		requestCheck();
	}

	/** Whether a requested check has not finished yet. */
	public boolean checkPending() {
		return checkRequested || checkRunning;
	}

	public @Nullable IndexCheck lastCheck() {
		return lastCheck.get();
	}

	/** The position the index has applied the log up to (-1 before the start). */
	public long position() {
		return position;
	}

	/** The committed position this start resumed from; empty if the index was rebuilt. */
	public OptionalLong resumedFrom() {
		return resumedFrom;
	}

	/**
	 * Seconds since the follower last read the log to its end: how far behind the
	 * database the index may be (NaN before the first read).
	 */
	public double delaySeconds() {
		Instant at = caughtUpAt;
		return at == null ? Double.NaN : Math.max(0, Duration.between(at, clock.instant()).toMillis() / 1000.0);
	}

	@Override
	public void start() {
		running = true;
		thread = Thread.ofPlatform().daemon().name("search-log-follower").start(this::run);
	}

	@Override
	public void stop() {
		running = false;
		wake();
		Thread t = thread;
		if (t != null) {
			try {
				t.join(Duration.ofSeconds(10));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Starts before and stops after the web server, so that no request outlives it. */
	@Override
	public int getPhase() {
		return 0;
	}

	private void run() {
		int failures = 0;
		while (running) {
			try {
				if (cursor == null) {
					begin();
				}
				follow();
				if (checkRequested && !search.status().running()) {
					checkRunning = true;
					checkRequested = false; // a request arriving during this check runs
											// another
					try {
						lastCheck.set(checks.run(this::follow));
					}
					finally {
						checkRunning = false;
					}
				}
				pruneIfDue();
				failures = 0;
			}
			catch (RuntimeException ex) {
				// e.g. the database is away: say so once, then back off up to ten seconds
				if (failures++ == 0) {
					log.warn("Following the search change log failed; trying again", ex);
				}
				else {
					log.debug("Following the search change log failed again", ex);
				}
			}
			long wait = failures == 0 ? properties.pollInterval().toMillis()
					: Math.min(10_000, properties.pollInterval().toMillis() << Math.min(failures, 6));
			try {
				wake.tryAcquire(wait, TimeUnit.MILLISECONDS);
				wake.drainPermits();
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	/**
	 * Resumes from the committed position, or rebuilds the index when the log cannot
	 * bring it up to date.
	 */
	private void begin() {
		OptionalLong stored = search.committedPosition();
		long horizon = changes.prunedThrough();
		if (stored.isPresent() && stored.getAsLong() >= horizon) {
			long from = stored.getAsLong();
			cursor = new LogCursor(from, properties.gapTimeout());
			resumedFrom = stored;
			search.applied(from);
			log.info("Search index resumes the change log after position {}", from);
			if (!search.analysedWithCurrentThesaurus()) {
				log.info("Search index was analysed with another thesaurus; rebuilding");
				search.startRebuild();
			}
		}
		else {
			// entries written in the last gapTimeout may still be committing: read them
			// again
			long from = changes.settledBefore(clock.instant().minus(properties.gapTimeout()));
			cursor = new LogCursor(from, properties.gapTimeout());
			log.info(stored.isPresent() ? "Search index position {} lies before the pruned log (through {}); rebuilding"
					: "Search index has no change-log position; rebuilding", stored.orElse(-1), horizon);
			search.rebuildFrom(from);
		}
		position = cursor.position();
		nextPrune = clock.instant().plus(properties.pruneInterval());
	}

	/** Applies everything the log holds beyond the cursor. */
	private void follow() {
		LogCursor c = cursor;
		if (c == null) {
			return;
		}
		while (running) {
			Instant started = clock.instant();
			List<Change> read = new ArrayList<>(changes.withIds(c.gaps().stream().limit(GAP_QUERY).toList()));
			List<Change> newer = changes.after(c.newest(), properties.batchSize());
			read.addAll(newer);
			apply(c.accept(read, started));
			c.expire(started);
			position = c.position();
			search.applied(position);
			if (newer.size() < properties.batchSize()) {
				caughtUpAt = started;
				return;
			}
		}
	}

	private void apply(List<Change> fresh) {
		Set<String> organizations = new LinkedHashSet<>();
		boolean thesaurus = false;
		for (Change change : fresh) {
			if (change.kind() == Kind.THESAURUS) {
				thesaurus = true;
			}
			else {
				organizations.add(change.ref());
			}
		}
		if (thesaurus) {
			search.thesaurusChanged();
		}
		if (!organizations.isEmpty()) {
			search.reindex(organizations);
		}
		var status = search.status();
		if (!search.followsLog() && !status.running() && status.error() != null && status.finishedAt() != null
				&& status.finishedAt().isBefore(clock.instant().minus(Duration.ofMinutes(1)))) {
			search.rebuildFrom(position); // the fallback rebuild failed a minute ago:
											// again
		}
	}

	private void pruneIfDue() {
		Instant now = clock.instant();
		if (now.isBefore(nextPrune)) {
			return;
		}
		nextPrune = now.plus(properties.pruneInterval());
		int pruned = changes.prune(now.minus(properties.retention()));
		if (pruned > 0) {
			log.info("Pruned {} search change-log entries older than {}", pruned, properties.retention());
		}
	}

}
