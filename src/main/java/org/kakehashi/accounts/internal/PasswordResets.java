package org.kakehashi.accounts.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Password-reset links: a random 256-bit token mailed to the user, stored only as its
 * SHA-256, valid for {@link #VALID_FOR} and usable once. A new link voids the older ones.
 */
@Component
public class PasswordResets {

	public static final Duration VALID_FOR = Duration.ofHours(1);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	PasswordResets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public String create(long userId, Instant now) {
		voidAll(userId, now);
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("insert into password_reset (user_id, token_hash, created_at, expires_at) values (?, ?, ?, ?)")
			.params(userId, ApiKeys.hash(token), at(now), at(now.plus(VALID_FOR)))
			.update();
		return token;
	}

	/** The user a valid (unused, unexpired) token belongs to, without using it up. */
	public Optional<Long> userFor(String token, Instant now) {
		return jdbc
			.sql("select user_id from password_reset where token_hash = ? and used_at is null and expires_at > ?")
			.params(ApiKeys.hash(token), at(now))
			.query(Long.class)
			.optional();
	}

	/** Uses the token up; false if it was used, voided or expired meanwhile. */
	public boolean consume(String token, Instant now) {
		return jdbc
			.sql("update password_reset set used_at = ? where token_hash = ? and used_at is null and expires_at > ?")
			.params(at(now), ApiKeys.hash(token), at(now))
			.update() == 1;
	}

	public void voidAll(long userId, Instant now) {
		jdbc.sql("update password_reset set used_at = ? where user_id = ? and used_at is null")
			.params(at(now), userId)
			.update();
	}

	private static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
