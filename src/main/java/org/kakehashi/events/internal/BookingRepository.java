package org.kakehashi.events.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.kakehashi.events.Attendance;
import org.kakehashi.events.Booking;
import org.kakehashi.events.MeetingFeedback;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code booking} and {@code booking_seat} tables. A booking and its seats are
 * written together; the unique keys (slot, table) and (slot, participant) refuse a double
 * booking even when two transactions race.
 */
@Repository
public class BookingRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	BookingRepository(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	public List<Booking> findByEvent(String eventId) {
		return jdbc.sql("select * from booking where event_id = ? order by slot_id, table_no")
			.param(eventId)
			.query(BookingRepository::map)
			.list();
	}

	public Optional<Booking> findById(long id) {
		return jdbc.sql("select * from booking where id = ?").param(id).query(BookingRepository::map).optional();
	}

	public Optional<Booking> findByRequest(long requestId) {
		return jdbc.sql("select * from booking where request_id = ?")
			.param(requestId)
			.query(BookingRepository::map)
			.optional();
	}

	public List<Booking> findByParticipant(long participantId) {
		return jdbc.sql("""
				select b.* from booking b join booking_seat s on s.booking_id = b.id
				where s.participant_id = ? order by s.slot_id""")
			.param(participantId)
			.query(BookingRepository::map)
			.list();
	}

	/** The participants seated in each slot of the event, by slot id. */
	public Map<Long, Set<Long>> seatedBySlot(String eventId) {
		return IdPairs.grouped(jdbc, """
				select s.slot_id, s.participant_id from booking_seat s
				join booking b on b.id = s.booking_id where b.event_id = ?""", eventId);
	}

	/** Table numbers already taken in a slot. */
	public List<Integer> tablesTaken(long slotId) {
		return jdbc.sql("select table_no from booking where slot_id = ? order by table_no")
			.param(slotId)
			.query(Integer.class)
			.list();
	}

	public boolean seatTaken(long slotId, long participantId) {
		return jdbc.sql("select count(*) from booking_seat where slot_id = ? and participant_id = ?")
			.params(slotId, participantId)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Books a request at a table with one seat per participant; fails on any double
	 * booking.
	 */
	public long insert(String eventId, long requestId, long slotId, int table, boolean pinned,
			List<Long> participants) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into booking (event_id, request_id, slot_id, table_no, pinned, created_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(eventId, requestId, slotId, table, pinned, OffsetDateTime.now(clock))
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		for (long p : participants) {
			jdbc.sql("insert into booking_seat (slot_id, participant_id, booking_id) values (?, ?, ?)")
				.params(slotId, p, id)
				.update();
		}
		return id;
	}

	/**
	 * Books the accepted meetings of a finished run that have no booking yet, where the
	 * run put them, and returns how many accepted meetings the run has (booked now or
	 * pinned before). Set-based, three statements whatever the size: a BIO-sized event
	 * has 65,000 meetings, one statement per booking and seat took minutes
	 * (docs/benchmarks.md, "Publishing a schedule"). The unique keys still refuse a
	 * double booking; the caller's transaction then rolls all of it back.
	 */
	public int placeRun(String eventId, long runId) {
		jdbc.sql("""
				insert into booking (event_id, request_id, slot_id, table_no, pinned, created_at)
				select ?, a.request_id, a.slot_id, a.table_no, false, ?
				from schedule_run_assignment a join meeting_request m on m.id = a.request_id
				where a.run_id = ? and m.event_id = ? and m.status = 'accepted'
				  and not exists (select 1 from booking b where b.request_id = a.request_id)""")
			.params(eventId, OffsetDateTime.now(clock), runId, eventId)
			.update();
		// the seats of exactly the bookings just made: unpinned ones without that seat
		for (String party : List.of("requester_id", "receiver_id")) {
			jdbc.sql(
					"""
							insert into booking_seat (slot_id, participant_id, booking_id)
							select b.slot_id, m.%s, b.id from booking b join meeting_request m on m.id = b.request_id
							where b.event_id = ? and b.pinned = false
							  and not exists (select 1 from booking_seat s where s.booking_id = b.id and s.participant_id = m.%s)"""
						.formatted(party, party))
				.param(eventId)
				.update();
		}
		return jdbc.sql("""
				select count(*) from schedule_run_assignment a join meeting_request m on m.id = a.request_id
				where a.run_id = ? and m.event_id = ? and m.status = 'accepted'""")
			.params(runId, eventId)
			.query(Integer.class)
			.single();
	}

	/** How many meetings each participant of an event has. */
	public Map<Long, Integer> meetingCounts(String eventId) {
		Map<Long, Integer> counts = new HashMap<>();
		jdbc.sql("""
				select s.participant_id, count(*) from booking_seat s join booking b on b.id = s.booking_id
				where b.event_id = ? group by s.participant_id""").param(eventId).query(rs -> {
			counts.put(rs.getLong(1), rs.getInt(2));
		});
		return counts;
	}

	public void delete(long bookingId) {
		jdbc.sql("delete from booking_seat where booking_id = ?").param(bookingId).update();
		jdbc.sql("delete from booking where id = ?").param(bookingId).update();
	}

	/** Removes every booking of the event that is not pinned; returns how many went. */
	public int deleteUnpinned(String eventId) {
		jdbc.sql(
				"delete from booking_seat where booking_id in (select id from booking where event_id = ? and pinned = false)")
			.param(eventId)
			.update();
		return jdbc.sql("delete from booking where event_id = ? and pinned = false").param(eventId).update();
	}

	public void setPinned(long bookingId, boolean pinned) {
		jdbc.sql("update booking set pinned = ? where id = ?").params(pinned, bookingId).update();
	}

	public void setAttendance(long bookingId, @Nullable Attendance attendance) {
		jdbc.sql("update booking set attendance = ? where id = ?")
			.params(attendance == null ? null : attendance.code(), bookingId)
			.update();
	}

	public void saveFeedback(long bookingId, long participantId, boolean useful, boolean followUp) {
		jdbc.sql("delete from meeting_feedback where booking_id = ? and participant_id = ?")
			.params(bookingId, participantId)
			.update();
		jdbc.sql("""
				insert into meeting_feedback (booking_id, participant_id, useful, follow_up, given_at)
				values (?, ?, ?, ?, ?)""")
			.params(bookingId, participantId, useful, followUp, OffsetDateTime.now(clock))
			.update();
	}

	public Optional<MeetingFeedback> feedback(long bookingId, long participantId) {
		return jdbc.sql("select useful, follow_up from meeting_feedback where booking_id = ? and participant_id = ?")
			.params(bookingId, participantId)
			.query((rs, n) -> new MeetingFeedback(rs.getBoolean(1), rs.getBoolean(2)))
			.optional();
	}

	static Booking map(ResultSet rs, int n) throws SQLException {
		String attendance = rs.getString("attendance");
		return new Booking(rs.getLong("id"), rs.getString("event_id"), rs.getLong("request_id"), rs.getLong("slot_id"),
				rs.getInt("table_no"), rs.getBoolean("pinned"),
				attendance == null ? null : Attendance.fromCode(attendance));
	}

}
