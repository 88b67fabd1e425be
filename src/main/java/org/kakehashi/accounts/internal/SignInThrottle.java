package org.kakehashi.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.AuditEntry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing (issue 10, finding 4): per account, every failure after
 * the fifth makes the next attempt wait twice as long (1 s, 2 s, 4 s … at most 15
 * minutes); per client address, 50 failures within 15 minutes close sign-in from that
 * address for the rest of the window; wrong API keys are counted per address the same
 * way. The counts live in the database so that every instance sees them; each change is
 * made under a row lock (docs/decisions/0007-sign-in-throttling.md).
 */
@Component
class SignInThrottle {

	static final int FREE_ACCOUNT_FAILURES = 5;

	static final Duration FIRST_DELAY = Duration.ofSeconds(1);

	static final Duration MAX_DELAY = Duration.ofMinutes(15);

	/** A user who mistypes now and then never accumulates towards a lock. */
	static final Duration ACCOUNT_MEMORY = Duration.ofDays(1);

	static final int ADDRESS_FAILURES = 50;

	static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SignInThrottle(JdbcClient jdbc, TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * When sign-in with this name from this address is possible again, if it is not now.
	 */
	Optional<Instant> signInLockedUntil(String username, String address) {
		return lockedUntil(accountKey(username), "address:" + address);
	}

	Optional<Instant> apiKeyLockedUntil(String address) {
		return lockedUntil("api-key:" + address);
	}

	/** Records an attempt refused without looking at the password. */
	void refused(String username, String address, Instant until) {
		transaction.executeWithoutResult(tx -> events.publishEvent(new AuditEntry(address, "sign-in.throttled",
				"sign-in", target(username), "from " + address + ", locked until " + until)));
	}

	void refusedApiKey(String address, Instant until) {
		transaction.executeWithoutResult(tx -> events
			.publishEvent(new AuditEntry(address, "api-key.throttled", "api-key", address, "locked until " + until)));
	}

	void signInFailed(String username, String address) {
		transaction.executeWithoutResult(tx -> {
			Instant now = now();
			Counter account = count(accountKey(username), ACCOUNT_MEMORY, true, now);
			if (account.failures() >= FREE_ACCOUNT_FAILURES) {
				Instant until = now.plus(delayAfter(account.failures()));
				lock(account.key(), until);
				events.publishEvent(new AuditEntry(address, "sign-in.locked", "sign-in", target(username),
						account.failures() + " failures from " + address + ", locked until " + until));
			}
			Counter byAddress = count("address:" + address, ADDRESS_WINDOW, false, now);
			if (byAddress.failures() == ADDRESS_FAILURES) {
				Instant until = byAddress.windowStart().plus(ADDRESS_WINDOW);
				lock(byAddress.key(), until);
				events.publishEvent(new AuditEntry(address, "sign-in.locked", "sign-in", address,
						ADDRESS_FAILURES + " failures from this address, locked until " + until));
			}
		});
	}

	void apiKeyFailed(String address) {
		transaction.executeWithoutResult(tx -> {
			Counter byAddress = count("api-key:" + address, ADDRESS_WINDOW, false, now());
			if (byAddress.failures() == ADDRESS_FAILURES) {
				Instant until = byAddress.windowStart().plus(ADDRESS_WINDOW);
				lock(byAddress.key(), until);
				events.publishEvent(new AuditEntry(address, "api-key.locked", "api-key", address,
						ADDRESS_FAILURES + " wrong keys from this address, locked until " + until));
			}
		});
	}

	/** A successful sign-in forgets the account's failures (not the address's). */
	void signInSucceeded(String username) {
		jdbc.sql("delete from sign_in_throttle where throttle_key = ?").param(accountKey(username)).update();
	}

	/**
	 * Now, to the microsecond the databases keep, so that a lock read back ends exactly
	 * when it was set to end (they round, and a rounded-up end would outlast its delay).
	 */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/** Whole seconds to wait, rounded up, for a Retry-After header. */
	long secondsUntil(Instant until) {
		Duration left = Duration.between(now(), until);
		return Math.max(1, left.toSeconds() + (left.toNanosPart() > 0 ? 1 : 0));
	}

	static Duration delayAfter(int failures) {
		int doublings = failures - FREE_ACCOUNT_FAILURES;
		if (doublings >= 20) {
			return MAX_DELAY;
		}
		Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
		return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
	}

	@Scheduled(cron = "0 17 * * * *")
	void forgetOldFailures() {
		OffsetDateTime now = OffsetDateTime.ofInstant(now(), ZoneOffset.UTC);
		jdbc.sql("""
				delete from sign_in_throttle where last_failure_at < ?
				and (locked_until is null or locked_until < ?)""").params(now.minus(ACCOUNT_MEMORY), now).update();
	}

	private Optional<Instant> lockedUntil(String... keys) {
		Instant now = now();
		return jdbc.sql("select locked_until from sign_in_throttle where throttle_key in (:keys)")
			.param("keys", List.of(keys))
			.query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
			.list()
			.stream()
			.filter(Objects::nonNull)
			.map(OffsetDateTime::toInstant)
			.filter(now::isBefore)
			.max(Instant::compareTo);
	}

	/**
	 * Adds one failure under a row lock, so that instances counting at the same moment
	 * never lose one; starts a new window when the last one has passed. A sliding window
	 * restarts with every failure (an account is forgotten only after a quiet day); a
	 * fixed one counts from its first failure (an address gets 50 per 15 minutes).
	 */
	private Counter count(String key, Duration window, boolean sliding, Instant now) {
		OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
		jdbc.sql("""
				insert into sign_in_throttle (throttle_key, failures, window_started_at, last_failure_at)
				values (?, 0, ?, ?) on conflict do nothing""").params(key, at, at).update();
		Counter current = jdbc
			.sql("select failures, window_started_at from sign_in_throttle where throttle_key = ? for update")
			.param(key)
			.query((rs, n) -> new Counter(key, rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
			.single();
		Counter next = current.windowStart().plus(window).isAfter(now)
				? new Counter(key, current.failures() + 1, sliding ? now : current.windowStart())
				: new Counter(key, 1, now);
		jdbc.sql("""
				update sign_in_throttle set failures = ?, window_started_at = ?, last_failure_at = ?
				where throttle_key = ?""")
			.params(next.failures(), OffsetDateTime.ofInstant(next.windowStart(), ZoneOffset.UTC), at, key)
			.update();
		return next;
	}

	private void lock(String key, Instant until) {
		jdbc.sql("update sign_in_throttle set locked_until = ? where throttle_key = ?")
			.params(OffsetDateTime.ofInstant(until, ZoneOffset.UTC), key)
			.update();
	}

	private static String accountKey(@Nullable String username) {
		return "account:" + target(username);
	}

	/** The name as typed, so unknown names are throttled exactly like real ones. */
	private static String target(@Nullable String username) {
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return name.length() <= 100 ? name : name.substring(0, 100);
	}

	private record Counter(String key, int failures, Instant windowStart) {
	}

}
