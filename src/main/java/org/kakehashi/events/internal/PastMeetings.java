package org.kakehashi.events.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kakehashi.events.Event;
import org.kakehashi.events.MeetingParty;
import org.kakehashi.events.PastMeeting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Placed meetings whose slot has begun, with both parties, read in one statement per
 * question (the follow-up job asks hourly over all events).
 */
@Repository
public class PastMeetings {

	private static final String SELECT = """
			select b.id, b.event_id, s.starts_at, b.attendance,
			  (select count(*) from meeting_feedback f where f.booking_id = b.id) as feedback,
			  a.id as a_id, a.username as a_username, a.display_name as a_name, a.organization_id as a_org,
			  a.cluster_id as a_cluster,
			  p.id as p_id, p.username as p_username, p.display_name as p_name, p.organization_id as p_org,
			  p.cluster_id as p_cluster
			from booking b
			join event_slot s on s.id = b.slot_id
			join meeting_request r on r.id = b.request_id
			join participant a on a.id = r.requester_id
			join participant p on p.id = r.receiver_id
			""";

	private final JdbcClient jdbc;

	private final EventRepository events;

	PastMeetings(JdbcClient jdbc, EventRepository events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Meetings whose slot began after {@code after} and not after {@code until}. */
	public List<PastMeeting> startedBetween(Instant after, Instant until) {
		List<Row> rows = jdbc.sql(SELECT + "where s.starts_at > ? and s.starts_at <= ? order by s.starts_at, b.id")
			.params(utc(after), utc(until))
			.query(PastMeetings::row)
			.list();
		Map<String, Event> byId = new HashMap<>();
		return rows.stream()
			.map(r -> r.meeting(byId.computeIfAbsent(r.eventId(), id -> events.findById(id).orElseThrow())))
			.toList();
	}

	/** The meeting of a booking if its slot began at or before {@code now}. */
	public Optional<PastMeeting> find(long bookingId, Instant now) {
		return jdbc.sql(SELECT + "where b.id = ? and s.starts_at <= ?")
			.params(bookingId, utc(now))
			.query(PastMeetings::row)
			.optional()
			.flatMap(r -> events.findById(r.eventId()).map(r::meeting));
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		String attendance = rs.getString("attendance");
		boolean held = !"no-show".equals(attendance) && ("checked-in".equals(attendance) || rs.getInt("feedback") > 0);
		return new Row(rs.getLong("id"), rs.getString("event_id"),
				rs.getObject("starts_at", OffsetDateTime.class).toInstant(), held, party(rs, "a"), party(rs, "p"));
	}

	private static MeetingParty party(ResultSet rs, String prefix) throws SQLException {
		return new MeetingParty(rs.getLong(prefix + "_id"), rs.getString(prefix + "_username"),
				rs.getString(prefix + "_name"), rs.getString(prefix + "_org"), rs.getString(prefix + "_cluster"));
	}

	/** A row before its event is read (no query while the result set is open). */
	private record Row(long id, String eventId, Instant startsAt, boolean held, MeetingParty requester,
			MeetingParty receiver) {

		PastMeeting meeting(Event event) {
			return new PastMeeting(id, eventId, event.names(), event.timeZone(), startsAt, held, requester, receiver);
		}

	}

}
