package org.kakehashi.exchange.internal;

import static org.kakehashi.exchange.internal.PostRepository.instant;
import static org.kakehashi.exchange.internal.PostRepository.utc;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.kakehashi.exchange.Attachment;
import org.kakehashi.exchange.PostComment;
import org.kakehashi.exchange.ReadReceipt;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** What happens around a post: comments, read receipts and attachment records. */
@Repository
public class PostActivityRepository {

	private final JdbcClient jdbc;

	PostActivityRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insertComment(PostComment c) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into post_comment (post_id, author_username, author_name, cluster_id, body, question, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(c.postId(), c.authorUsername(), c.authorName(), c.clusterId(), c.body(), c.question(),
					utc(c.createdAt()))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	public List<PostComment> comments(long postId) {
		return jdbc.sql("select * from post_comment where post_id = ? order by created_at, id")
			.param(postId)
			.query((rs, n) -> new PostComment(rs.getLong("id"), rs.getLong("post_id"), rs.getString("author_username"),
					rs.getString("author_name"), rs.getString("cluster_id"), rs.getString("body"),
					rs.getBoolean("question"), instant(rs, "created_at")))
			.list();
	}

	/** Records the first read only; later reads keep the first time. */
	public void recordRead(long postId, String username, @Nullable String cluster, Instant at) {
		int rows = jdbc.sql("select count(*) from post_read where post_id = ? and username = ?")
			.params(postId, username)
			.query(Integer.class)
			.single();
		if (rows == 0) {
			try {
				jdbc.sql("insert into post_read (post_id, username, cluster_id, read_at) values (?, ?, ?, ?)")
					.params(postId, username, cluster, utc(at))
					.update();
			}
			catch (org.springframework.dao.DuplicateKeyException raced) {
				// The same reader in two tabs at once: the first read stands.
			}
		}
	}

	/**
	 * The posts {@code username} has opened, as far as read receipts are kept for them.
	 */
	public Set<Long> readBy(String username) {
		return new HashSet<>(
				jdbc.sql("select post_id from post_read where username = ?").param(username).query(Long.class).list());
	}

	public List<ReadReceipt> reads(long postId) {
		return jdbc.sql("select username, cluster_id, read_at from post_read where post_id = ? order by read_at")
			.param(postId)
			.query((rs, n) -> new ReadReceipt(rs.getString(1), rs.getString(2), instant(rs, "read_at")))
			.list();
	}

	public long insertAttachment(Attachment a) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						insert into post_attachment (post_id, file_name, stored_name, content_type, size_bytes, uploaded_by, uploaded_at)
						values (?, ?, ?, ?, ?, ?, ?)""")
			.params(a.postId(), a.fileName(), a.storedName(), a.contentType(), a.size(), a.uploadedBy(),
					utc(a.uploadedAt()))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	public List<Attachment> attachments(long postId) {
		return jdbc.sql("select * from post_attachment where post_id = ? order by id")
			.param(postId)
			.query((rs, n) -> new Attachment(rs.getLong("id"), rs.getLong("post_id"), rs.getString("file_name"),
					rs.getString("stored_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
					rs.getString("uploaded_by"), instant(rs, "uploaded_at")))
			.list();
	}

	public Optional<Attachment> attachment(long postId, long id) {
		return attachments(postId).stream().filter(a -> a.id() == id).findFirst();
	}

}
