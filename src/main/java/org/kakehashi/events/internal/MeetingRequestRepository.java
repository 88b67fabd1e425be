package org.kakehashi.events.internal;

import java.time.Clock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.kakehashi.events.MeetingRequest;
import org.kakehashi.events.MeetingRequestStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code meeting_request} table. */
@Repository
public class MeetingRequestRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	MeetingRequestRepository(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	public Optional<MeetingRequest> findById(long id) {
		return jdbc.sql("select * from meeting_request where id = ?")
			.param(id)
			.query(MeetingRequestRepository::map)
			.optional();
	}

	public List<MeetingRequest> findByEvent(String eventId) {
		return jdbc.sql("select * from meeting_request where event_id = ? order by id")
			.param(eventId)
			.query(MeetingRequestRepository::map)
			.list();
	}

	public List<MeetingRequest> findByEventAndStatus(String eventId, MeetingRequestStatus status) {
		return jdbc.sql("select * from meeting_request where event_id = ? and status = ? order by priority, id")
			.params(eventId, status.code())
			.query(MeetingRequestRepository::map)
			.list();
	}

	public List<MeetingRequest> findByParticipant(long participantId) {
		return jdbc.sql("select * from meeting_request where requester_id = ? or receiver_id = ? order by id desc")
			.params(participantId, participantId)
			.query(MeetingRequestRepository::map)
			.list();
	}

	/**
	 * Whether an open (pending or accepted) request already links the two participants.
	 */
	public boolean openBetween(long a, long b) {
		return jdbc.sql("""
				select count(*) from meeting_request where status in ('pending', 'accepted')
				and ((requester_id = ? and receiver_id = ?) or (requester_id = ? and receiver_id = ?))""")
			.params(a, b, b, a)
			.query(Integer.class)
			.single() > 0;
	}

	public long insert(MeetingRequest r) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						insert into meeting_request (event_id, requester_id, receiver_id, message, status, priority, proposed_by,
						                             created_at)
						values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(r.eventId(), r.requesterId(), r.receiverId(), r.message(), r.status().code(), r.priority(),
					r.proposedBy(), r.createdAt())
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/**
	 * Saves status and priority if nobody saved the request since it was read; false
	 * otherwise.
	 */
	public boolean update(MeetingRequest r) {
		return jdbc.sql("""
				update meeting_request set status = ?, priority = ?, answered_at = coalesce(answered_at, ?),
				       version = version + 1
				where id = ? and version = ?""")
			.params(r.status().code(), r.priority(),
					r.status() == MeetingRequestStatus.PENDING ? null : OffsetDateTime.now(clock), r.id(), r.version())
			.update() == 1;
	}

	static MeetingRequest map(ResultSet rs, int n) throws SQLException {
		return new MeetingRequest(rs.getLong("id"), rs.getString("event_id"), rs.getLong("requester_id"),
				rs.getLong("receiver_id"), rs.getString("message"),
				MeetingRequestStatus.fromCode(rs.getString("status")), rs.getInt("priority"),
				rs.getString("proposed_by"), rs.getObject("created_at", OffsetDateTime.class), rs.getLong("version"));
	}

}
