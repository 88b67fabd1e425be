package org.kakehashi.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kakehashi.accounts.ApiKeyView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * API keys: random 256-bit secrets shown once; only their SHA-256 is stored, so a leaked
 * database does not leak working keys.
 */
@Component
public class ApiKeys {

	/**
	 * Last use is recorded to this precision, so a busy key is not a write per request.
	 */
	static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	ApiKeys(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public record Created(long id, String key) {
	}

	/** A valid, unrevoked key: which user it acts as and when it was last used. */
	record Match(long id, long userId, @Nullable Instant lastUsed) {
	}

	public Created create(long userId, @Nullable String label) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String key = "kh_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		return new Created(insert(userId, key, label), key);
	}

	public void ensure(long userId, String key) {
		if (lookup(key).isEmpty()) {
			insert(userId, key, "KAKEHASHI_ADMIN_API_KEY");
		}
	}

	private long insert(long userId, String key, @Nullable String label) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into api_key (user_id, key_hash, prefix, label, created_at) values (?, ?, ?, ?, ?)")
			.params(userId, hash(key), key.substring(0, Math.min(8, key.length())), label, at(clock.instant()))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	Optional<Match> lookup(String key) {
		return jdbc.sql("select id, user_id, last_used_at from api_key where key_hash = ? and revoked_at is null")
			.param(hash(key))
			.query((rs, n) -> new Match(rs.getLong(1), rs.getLong(2), instant(rs, 3)))
			.optional();
	}

	/** Records use, at most once per {@link #LAST_USED_PRECISION} per key. */
	void used(Match match) {
		Instant now = clock.instant();
		if (match.lastUsed() == null || match.lastUsed().plus(LAST_USED_PRECISION).isBefore(now)) {
			jdbc.sql("update api_key set last_used_at = ? where id = ?").params(at(now), match.id()).update();
		}
	}

	public List<ApiKeyView> ofUser(long userId) {
		return jdbc
			.sql("select id, label, created_at, last_used_at, revoked_at from api_key where user_id = ? order by id")
			.param(userId)
			.query((rs, n) -> new ApiKeyView(rs.getLong(1), rs.getString(2), instant(rs, 3), instant(rs, 4),
					rs.getObject(5) != null))
			.list();
	}

	public Optional<Long> ownerOf(long keyId) {
		return jdbc.sql("select user_id from api_key where id = ?").param(keyId).query(Long.class).optional();
	}

	public void revoke(long keyId) {
		jdbc.sql("update api_key set revoked_at = ? where id = ? and revoked_at is null")
			.params(at(clock.instant()), keyId)
			.update();
	}

	public int revokeAll(long userId) {
		return jdbc.sql("update api_key set revoked_at = ? where user_id = ? and revoked_at is null")
			.params(at(clock.instant()), userId)
			.update();
	}

	private static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return t == null ? null : t.toInstant();
	}

	static String hash(String key) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
