package org.kakehashi.requests.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kakehashi.requests.Introduction;
import org.kakehashi.requests.RequestMessage;
import org.kakehashi.requests.RequestState;
import org.kakehashi.requests.RequestTransition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * What accumulates around a request: its transitions, introductions, messages and
 * attachments.
 */
@Repository
public class RequestHistory {

	private final JdbcClient jdbc;

	RequestHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void record(String requestId, RequestTransition t) {
		jdbc.sql("""
				insert into request_transition (request_id, action, from_state, to_state, actor, at, detail)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(requestId, t.action(), t.from() == null ? null : t.from().code(), t.to().code(), t.actor(),
					RequestRepository.utc(t.at()), t.detail())
			.update();
	}

	public List<RequestTransition> transitions(String requestId) {
		return jdbc.sql("select * from request_transition where request_id = ? order by at, id")
			.param(requestId)
			.query((rs, n) -> new RequestTransition(rs.getString("action"), state(rs.getString("from_state")),
					RequestState.fromCode(rs.getString("to_state")), rs.getString("actor"), instant(rs, "at"),
					rs.getString("detail")))
			.list();
	}

	/**
	 * Adds introductions; organisations introduced before are skipped. Returns the new
	 * ones.
	 */
	public List<String> introduce(String requestId, List<String> organizations, String by, Instant at) {
		List<String> known = introductions(requestId).stream().map(Introduction::organizationId).toList();
		List<String> added = organizations.stream().distinct().filter(o -> !known.contains(o)).toList();
		added.forEach(o -> jdbc.sql("""
				insert into request_introduction (request_id, organization_id, introduced_by, introduced_at)
				values (?, ?, ?, ?)""").params(requestId, o, by, RequestRepository.utc(at)).update());
		return added;
	}

	public List<Introduction> introductions(String requestId) {
		return jdbc
			.sql("select * from request_introduction where request_id = ? order by introduced_at, organization_id")
			.param(requestId)
			.query((rs, n) -> new Introduction(rs.getString("organization_id"), rs.getString("introduced_by"),
					instant(rs, "introduced_at")))
			.list();
	}

	/**
	 * Ids of the requests whose first introduction was made after {@code after} and not
	 * after {@code until}.
	 */
	public List<String> firstIntroducedBetween(Instant after, Instant until) {
		return jdbc.sql("""
				select request_id from request_introduction group by request_id
				having min(introduced_at) > ? and min(introduced_at) <= ? order by request_id""")
			.params(RequestRepository.utc(after), RequestRepository.utc(until))
			.query(String.class)
			.list();
	}

	public long addMessage(String requestId, String author, String body, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into request_message (request_id, author, body, posted_at) values (?, ?, ?, ?)")
			.params(requestId, author, body, RequestRepository.utc(at))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	public void addAttachment(String requestId, long messageId, RequestMessage.Attachment a, String storedName) {
		jdbc.sql(
				"""
						insert into request_attachment (id, message_id, request_id, file_name, content_type, size_bytes, stored_name)
						values (?, ?, ?, ?, ?, ?, ?)""")
			.params(a.id(), messageId, requestId, a.fileName(), a.contentType(), a.size(), storedName)
			.update();
	}

	/**
	 * The thread, oldest first, with attachments loaded in one query for all messages.
	 */
	public List<RequestMessage> messages(String requestId) {
		Map<Long, List<RequestMessage.Attachment>> files = new LinkedHashMap<>();
		jdbc.sql("select * from request_attachment where request_id = ? order by file_name, id")
			.param(requestId)
			.query(rs -> {
				files.computeIfAbsent(rs.getLong("message_id"), k -> new ArrayList<>())
					.add(new RequestMessage.Attachment(rs.getString("id"), rs.getString("file_name"),
							rs.getString("content_type"), rs.getLong("size_bytes")));
			});
		return jdbc.sql("select * from request_message where request_id = ? order by posted_at, id")
			.param(requestId)
			.query((rs, n) -> new RequestMessage(rs.getLong("id"), rs.getString("author"), rs.getString("body"),
					instant(rs, "posted_at"), files.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	public Optional<RequestMessage> message(String requestId, long messageId) {
		return messages(requestId).stream().filter(m -> m.id() == messageId).findFirst();
	}

	/** The attachment's metadata and stored file name, if it belongs to the request. */
	public Optional<StoredAttachment> attachment(String requestId, String attachmentId) {
		return jdbc.sql("select * from request_attachment where request_id = ? and id = ?")
			.params(requestId, attachmentId)
			.query((rs,
					n) -> new StoredAttachment(
							new RequestMessage.Attachment(rs.getString("id"), rs.getString("file_name"),
									rs.getString("content_type"), rs.getLong("size_bytes")),
							rs.getString("stored_name")))
			.optional();
	}

	public record StoredAttachment(RequestMessage.Attachment attachment, String storedName) {
	}

	private static @Nullable RequestState state(@Nullable String code) {
		return code == null ? null : RequestState.fromCode(code);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

}
