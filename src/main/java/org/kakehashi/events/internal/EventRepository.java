package org.kakehashi.events.internal;

import java.time.Clock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kakehashi.events.Event;
import org.kakehashi.events.EventKind;
import org.kakehashi.shared.JsonColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code event} and {@code event_organizer} tables. */
@Repository
public class EventRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	EventRepository(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	public List<Event> findAll() {
		Map<String, List<String>> organizers = new HashMap<>();
		jdbc.sql("select event_id, cluster_id from event_organizer order by event_id, cluster_id").query(rs -> {
			organizers.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
		});
		return jdbc.sql("select * from event order by starts_at desc")
			.query((rs, n) -> map(rs, organizers.getOrDefault(rs.getString("id"), List.of())))
			.list();
	}

	public Optional<Event> findById(String id) {
		List<String> organizers = jdbc
			.sql("select cluster_id from event_organizer where event_id = ? order by cluster_id")
			.param(id)
			.query(String.class)
			.list();
		return jdbc.sql("select * from event where id = ?").param(id).query((rs, n) -> map(rs, organizers)).optional();
	}

	public void insert(Event e) {
		jdbc.sql("""
				insert into event (id, kind, names, descriptions, starts_at, ends_at, time_zone, venue, city, country,
				                   website, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(e.id(), e.kind().code(), JsonColumns.write(e.names()), JsonColumns.write(e.descriptions()),
					e.startsAt(), e.endsAt(), e.timeZone(), e.venue(), e.city(), e.country(), e.website(),
					OffsetDateTime.now(clock))
			.update();
		e.organizers()
			.forEach(c -> jdbc.sql("insert into event_organizer (event_id, cluster_id) values (?, ?)")
				.params(e.id(), c)
				.update());
	}

	/**
	 * Saves a changed event if nobody saved it since {@code version}; false otherwise.
	 */
	public boolean update(Event e, long version) {
		int rows = jdbc.sql("""
				update event set kind = ?, names = ?, descriptions = ?, starts_at = ?, ends_at = ?, time_zone = ?,
				       venue = ?, city = ?, country = ?, website = ?, version = version + 1
				where id = ? and version = ?""")
			.params(e.kind().code(), JsonColumns.write(e.names()), JsonColumns.write(e.descriptions()), e.startsAt(),
					e.endsAt(), e.timeZone(), e.venue(), e.city(), e.country(), e.website(), e.id(), version)
			.update();
		if (rows == 0) {
			return false;
		}
		jdbc.sql("delete from event_organizer where event_id = ?").param(e.id()).update();
		e.organizers()
			.forEach(c -> jdbc.sql("insert into event_organizer (event_id, cluster_id) values (?, ?)")
				.params(e.id(), c)
				.update());
		return true;
	}

	public long version(String id) {
		return jdbc.sql("select version from event where id = ?").param(id).query(Long.class).optional().orElse(0L);
	}

	private static Event map(ResultSet rs, List<String> organizers) throws SQLException {
		String zone = rs.getString("time_zone");
		return new Event(rs.getString("id"), EventKind.fromCode(rs.getString("kind")),
				JsonColumns.readText(rs.getString("names")), JsonColumns.readText(rs.getString("descriptions")),
				inZone(rs.getObject("starts_at", OffsetDateTime.class), zone),
				inZone(rs.getObject("ends_at", OffsetDateTime.class), zone), zone, rs.getString("venue"),
				rs.getString("city"), rs.getString("country"), rs.getString("website"), organizers);
	}

	/**
	 * In the event's own offset: PostgreSQL hands instants back in UTC, H2 with the
	 * offset they were written with; pages and the API show the event's local time either
	 * way.
	 */
	private static OffsetDateTime inZone(OffsetDateTime at, String zone) {
		return at.atZoneSameInstant(ZoneId.of(zone)).toOffsetDateTime();
	}

}
