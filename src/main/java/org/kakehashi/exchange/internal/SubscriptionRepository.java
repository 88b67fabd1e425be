package org.kakehashi.exchange.internal;

import static org.kakehashi.exchange.internal.PostRepository.utc;

import java.time.Instant;
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

}
