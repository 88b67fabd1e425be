package org.kakehashi.agreements.internal;

import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The secret token in each cluster's calendar feed address. Calendar apps cannot sign in,
 * so the address itself is the credential: 128 random bits, compared in constant time,
 * replaceable.
 */
@Repository
public class FeedTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	FeedTokens(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/** The cluster's token, created on first use. */
	public String tokenFor(String clusterId) {
		return find(clusterId).orElseGet(() -> rotate(clusterId));
	}

	/** Replaces the cluster's token, so an address that leaked stops working. */
	public String rotate(String clusterId) {
		String token = newToken();
		jdbc.sql("delete from agreement_feed_token where cluster_id = ?").param(clusterId).update();
		jdbc.sql("insert into agreement_feed_token (cluster_id, token, created_at) values (?, ?, ?)")
			.params(clusterId, token, OffsetDateTime.now(clock))
			.update();
		return token;
	}

	public boolean matches(String clusterId, String token) {
		return find(clusterId)
			.map(t -> MessageDigest.isEqual(t.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8)))
			.orElse(false);
	}

	private Optional<String> find(String clusterId) {
		return jdbc.sql("select token from agreement_feed_token where cluster_id = ?")
			.param(clusterId)
			.query(String.class)
			.optional();
	}

	private static String newToken() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
