package org.kakehashi.events.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.kakehashi.events.EventSlot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code event_slot} table. */
@Repository
public class SlotRepository {

	private final JdbcClient jdbc;

	SlotRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<EventSlot> findByEvent(String eventId) {
		return jdbc.sql("select * from event_slot where event_id = ? order by starts_at")
			.param(eventId)
			.query(SlotRepository::map)
			.list();
	}

	public Optional<EventSlot> findById(long id) {
		return jdbc.sql("select * from event_slot where id = ?").param(id).query(SlotRepository::map).optional();
	}

	/** Adds the slots whose code and start are new; returns how many were added. */
	public int insertNew(List<EventSlot> slots) {
		int added = 0;
		for (EventSlot s : slots) {
			boolean exists = jdbc
				.sql("select count(*) from event_slot where event_id = ? and (code = ? or starts_at = ?)")
				.params(s.eventId(), s.code(), s.startsAt())
				.query(Integer.class)
				.single() > 0;
			if (!exists) {
				jdbc.sql("insert into event_slot (event_id, code, starts_at, minutes, tables) values (?, ?, ?, ?, ?)")
					.params(s.eventId(), s.code(), s.startsAt(), s.minutes(), s.tables())
					.update();
				added++;
			}
		}
		return added;
	}

	public void updateTables(String eventId, long slotId, int tables) {
		jdbc.sql("update event_slot set tables = ? where event_id = ? and id = ?")
			.params(tables, eventId, slotId)
			.update();
	}

	/** Removes the slots nobody booked yet; returns how many went. */
	public int deleteUnbooked(String eventId) {
		return jdbc.sql("delete from event_slot where event_id = ? and id not in (select slot_id from booking)")
			.param(eventId)
			.update();
	}

	public int count(String eventId) {
		return jdbc.sql("select count(*) from event_slot where event_id = ?")
			.param(eventId)
			.query(Integer.class)
			.single();
	}

	static EventSlot map(ResultSet rs, int n) throws SQLException {
		return new EventSlot(rs.getLong("id"), rs.getString("event_id"), rs.getString("code"),
				rs.getObject("starts_at", OffsetDateTime.class), rs.getInt("minutes"), rs.getInt("tables"));
	}

}
