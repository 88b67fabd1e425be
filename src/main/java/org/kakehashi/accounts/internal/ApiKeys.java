package org.kakehashi.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * API keys: random 256-bit secrets shown once; only their SHA-256 is stored, so a leaked
 * database does not leak working keys.
 */
@Component
public class ApiKeys {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	ApiKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public String create(long userId) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String key = "kh_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		insert(userId, key);
		return key;
	}

	public void ensure(long userId, String key) {
		if (userIdFor(key).isEmpty()) {
			insert(userId, key);
		}
	}

	private void insert(long userId, String key) {
		jdbc.sql("insert into api_key (user_id, key_hash, prefix, created_at) values (?, ?, ?, ?)")
			.params(userId, hash(key), key.substring(0, Math.min(8, key.length())), now())
			.update();
	}

	/** The user a valid, unrevoked key acts as. */
	Optional<Long> userIdFor(String key) {
		return jdbc.sql("select user_id from api_key where key_hash = ? and revoked_at is null")
			.param(hash(key))
			.query(Long.class)
			.optional();
	}

	void touch(String key) {
		jdbc.sql("update api_key set last_used_at = ? where key_hash = ?").params(now(), hash(key)).update();
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
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
