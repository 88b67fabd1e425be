package org.kakehashi.events.internal;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kakehashi.events.EventKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows behind a partnership's event figures: clusters, states and dates only, never a
 * participant's name or a request's message.
 */
@Repository
public class EventCounts {

	private final JdbcClient jdbc;

	EventCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One meeting request between participants of the two clusters.
	 *
	 * @param year the event's start year in its own time zone
	 * @param booked whether it is placed in the schedule
	 * @param attendance {@code checked-in}, {@code no-show} or null
	 */
	public record CountedMeeting(int year, String fromCluster, String status, boolean booked,
			@Nullable String attendance, int feedback, int useful, int followUp) {
	}

	/** An event both clusters took part in. */
	public record CountedEvent(int year, EventKind kind) {
	}

	public List<CountedMeeting> meetingsBetween(String a, String b) {
		return jdbc
			.sql("""
					select rq.cluster_id, e.starts_at, e.time_zone, r.status, b.id as booking_id, b.attendance,
					  (select count(*) from meeting_feedback f where f.booking_id = b.id) as feedback,
					  (select count(*) from meeting_feedback f where f.booking_id = b.id and f.useful = true) as useful,
					  (select count(*) from meeting_feedback f where f.booking_id = b.id and f.follow_up = true) as follow_up
					from meeting_request r
					join participant rq on rq.id = r.requester_id
					join participant rc on rc.id = r.receiver_id
					join event e on e.id = r.event_id
					left join booking b on b.request_id = r.id
					where (rq.cluster_id = :a and rc.cluster_id = :b) or (rq.cluster_id = :b and rc.cluster_id = :a)""")
			.param("a", a)
			.param("b", b)
			.query((rs, n) -> new CountedMeeting(year(rs.getObject(2, OffsetDateTime.class), rs.getString(3)),
					rs.getString(1), rs.getString(4), rs.getObject(5) != null, rs.getString(6), rs.getInt(7),
					rs.getInt(8), rs.getInt(9)))
			.list();
	}

	/** Events both clusters organised or had participants at. */
	public List<CountedEvent> eventsOfBoth(String a, String b) {
		return jdbc.sql("""
				select e.kind, e.starts_at, e.time_zone from event e
				where (exists (select 1 from participant p where p.event_id = e.id and p.cluster_id = :a)
				       or exists (select 1 from event_organizer o where o.event_id = e.id and o.cluster_id = :a))
				  and (exists (select 1 from participant p where p.event_id = e.id and p.cluster_id = :b)
				       or exists (select 1 from event_organizer o where o.event_id = e.id and o.cluster_id = :b))""")
			.param("a", a)
			.param("b", b)
			.query((rs, n) -> new CountedEvent(year(rs.getObject(2, OffsetDateTime.class), rs.getString(3)),
					EventKind.fromCode(rs.getString(1))))
			.list();
	}

	private static int year(OffsetDateTime at, String zone) {
		return at.atZoneSameInstant(ZoneId.of(zone)).getYear();
	}

}
