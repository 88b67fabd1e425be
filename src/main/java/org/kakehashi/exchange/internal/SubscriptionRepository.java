package org.kakehashi.exchange.internal;

import static org.kakehashi.exchange.internal.PostRepository.utc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kakehashi.exchange.PostKind;
import org.kakehashi.exchange.Subscription;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Subscriptions and the record of sent digests. '*' in a column stands for "any". */
@Repository
public class SubscriptionRepository {

	private static final String ANY = "*";

	private final JdbcClient jdbc;

	SubscriptionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds a subscription; false when the same one exists already. */
	public boolean insert(String username, @Nullable String cluster, @Nullable PostKind kind, Instant at) {
		return jdbc.sql("""
				insert into post_subscription (username, cluster_id, kind, created_at) values (?, ?, ?, ?)
				on conflict do nothing""")
			.params(username, cluster == null ? ANY : cluster, kind == null ? ANY : kind.code(), utc(at))
			.update() == 1;
	}

	public int delete(String username, long id) {
		return jdbc.sql("delete from post_subscription where id = ? and username = ?").params(id, username).update();
	}

	public List<Subscription> findAll() {
		return jdbc.sql("select id, username, cluster_id, kind from post_subscription order by username, id")
			.query((rs, n) -> subscription(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	public List<Subscription> findByUsername(String username) {
		return jdbc.sql("select id, username, cluster_id, kind from post_subscription where username = ? order by id")
			.param(username)
			.query((rs, n) -> subscription(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	private static Subscription subscription(long id, String username, String cluster, String kind) {
		return new Subscription(id, username, ANY.equals(cluster) ? null : cluster,
				ANY.equals(kind) ? null : PostKind.fromCode(kind));
	}

	/**
	 * Claims the digest of {@code username} for the week; false when it was claimed
	 * already (by this or another instance). Called inside the transaction that sends the
	 * mail, so a failed send releases the claim and a concurrent instance waits on the
	 * key until then.
	 */
	public boolean claimDigest(String username, LocalDate weekStart, int posts, Instant at) {
		// "on conflict do nothing" instead of catching the duplicate key: on PostgreSQL a
		// failed
		// statement would abort the surrounding transaction.
		return jdbc.sql("""
				insert into digest_sent (username, week_start, posts, sent_at) values (?, ?, ?, ?)
				on conflict do nothing""")
			.params(username, java.sql.Date.valueOf(weekStart), posts, utc(at))
			.update() == 1;
	}

	public boolean digestSent(String username, LocalDate weekStart) {
		return jdbc.sql("select count(*) from digest_sent where username = ? and week_start = ?")
			.params(username, java.sql.Date.valueOf(weekStart))
			.query(Long.class)
			.single() > 0;
	}

}
