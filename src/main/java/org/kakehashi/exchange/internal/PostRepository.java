package org.kakehashi.exchange.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kakehashi.exchange.Post;
import org.kakehashi.exchange.PostKind;
import org.kakehashi.shared.JsonColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The post tables. Queries narrow by the reader's cluster in SQL for speed; the facade
 * still passes every row through {@link Post#visibleTo}, the one rule. Lists load the
 * shares of all rows with one query.
 */
@Repository
public class PostRepository {

	private static final String VISIBLE_TO_CLUSTER = """
			(p.public_post or p.cluster_id = :cluster
			 or exists (select 1 from post_share s where s.post_id = p.id and s.cluster_id = :cluster))""";

	private final JdbcClient jdbc;

	PostRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(Post p) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into post (kind, cluster_id, author_username, author_name, titles, bodies, public_post,
				                  created_at, updated_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(p.kind().code(), p.clusterId(), p.authorUsername(), p.authorName(), JsonColumns.write(p.titles()),
					JsonColumns.write(p.bodies()), p.isPublic(), utc(p.createdAt()), utc(p.updatedAt()))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		insertShares(id, p.sharedWith());
		return id;
	}

	/** Saves an edit if nobody saved since {@code p.version()}; false otherwise. */
	public boolean update(Post p) {
		int rows = jdbc.sql("""
				update post set kind = ?, titles = ?, bodies = ?, public_post = ?, updated_at = ?, version = version + 1
				where id = ? and version = ?""")
			.params(p.kind().code(), JsonColumns.write(p.titles()), JsonColumns.write(p.bodies()), p.isPublic(),
					utc(p.updatedAt()), p.id(), p.version())
			.update();
		if (rows == 1) {
			jdbc.sql("delete from post_share where post_id = ?").param(p.id()).update();
			insertShares(p.id(), p.sharedWith());
		}
		return rows == 1;
	}

	private void insertShares(long id, List<String> clusters) {
		clusters.forEach(
				c -> jdbc.sql("insert into post_share (post_id, cluster_id) values (?, ?)").params(id, c).update());
	}

	public Optional<Post> findById(long id) {
		return load("p.id = :id", Map.of("id", id), 1).stream().findFirst();
	}

	/** Newest first; {@code cluster} null means no narrowing (administrators). */
	public List<Post> findForCluster(@Nullable String cluster, @Nullable PostKind kind, @Nullable String author,
			int limit) {
		StringBuilder where = new StringBuilder("1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (cluster != null) {
			where.append(" and ").append(VISIBLE_TO_CLUSTER);
			params.put("cluster", cluster);
		}
		if (kind != null) {
			where.append(" and p.kind = :kind");
			params.put("kind", kind.code());
		}
		if (author != null) {
			where.append(" and p.cluster_id = :author");
			params.put("author", author);
		}
		return load(where.toString(), params, limit);
	}

	public List<Post> findPublic(String cluster, int limit) {
		return load("p.public_post and p.cluster_id = :author", Map.of("author", cluster), limit);
	}

	public List<Post> findCreatedBetween(Instant from, Instant to) {
		return load("p.created_at >= :from and p.created_at < :to", Map.of("from", utc(from), "to", utc(to)), 10_000);
	}

	/**
	 * Posts of {@code author} that are public or shared with {@code partner}, created in
	 * the period.
	 */
	public List<Post> findReaching(String author, String partner, Instant from, Instant to) {
		List<Post> posts = load(
				"""
						p.cluster_id = :author and p.created_at >= :from and p.created_at < :to
						and (p.public_post or exists (select 1 from post_share s where s.post_id = p.id and s.cluster_id = :partner))""",
				Map.of("author", author, "partner", partner, "from", utc(from), "to", utc(to)), 10_000);
		return posts.reversed();
	}

	public long count() {
		return jdbc.sql("select count(*) from post").query(Long.class).single();
	}

	private List<Post> load(String where, Map<String, ?> params, int limit) {
		List<Post> heads = jdbc
			.sql("select * from post p where " + where + " order by p.created_at desc, p.id desc limit " + limit)
			.params(params)
			.query(PostRepository::head)
			.list();
		if (heads.isEmpty()) {
			return heads;
		}
		Map<Long, List<String>> shares = new HashMap<>();
		jdbc.sql("select post_id, cluster_id from post_share where post_id in (:ids) order by cluster_id")
			.param("ids", heads.stream().map(Post::id).toList())
			.query(rs -> {
				shares.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
			});
		return heads.stream().map(h -> withShares(h, shares.getOrDefault(h.id(), List.of()))).toList();
	}

	private static Post withShares(Post h, List<String> shares) {
		return new Post(h.id(), h.kind(), h.clusterId(), h.authorUsername(), h.authorName(), h.titles(), h.bodies(),
				h.isPublic(), shares, h.createdAt(), h.updatedAt(), h.version());
	}

	// A head is read before its shares; a placeholder share keeps the record's invariant
	// until then.
	private static Post head(ResultSet rs, int n) throws SQLException {
		boolean isPublic = rs.getBoolean("public_post");
		return new Post(rs.getLong("id"), PostKind.fromCode(rs.getString("kind")), rs.getString("cluster_id"),
				rs.getString("author_username"), rs.getString("author_name"),
				JsonColumns.readText(rs.getString("titles")), JsonColumns.readText(rs.getString("bodies")), isPublic,
				isPublic ? List.of() : List.of("?"), instant(rs, "created_at"), instant(rs, "updated_at"),
				rs.getLong("version"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return t.toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
