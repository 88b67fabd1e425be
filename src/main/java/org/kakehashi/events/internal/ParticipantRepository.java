package org.kakehashi.events.internal;

import java.time.Clock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kakehashi.events.Participant;
import org.kakehashi.events.ParticipantKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code participant} and {@code participant_availability} tables. */
@Repository
public class ParticipantRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	ParticipantRepository(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	public List<Participant> findByEvent(String eventId) {
		return jdbc.sql("select * from participant where event_id = ? order by display_name, id")
			.param(eventId)
			.query(ParticipantRepository::map)
			.list();
	}

	public Optional<Participant> findById(long id) {
		return jdbc.sql("select * from participant where id = ?")
			.param(id)
			.query(ParticipantRepository::map)
			.optional();
	}

	public Optional<Participant> findByUser(String eventId, String username) {
		return jdbc.sql("select * from participant where event_id = ? and username = ?")
			.params(eventId, username)
			.query(ParticipantRepository::map)
			.optional();
	}

	/** Every registration of one account, across events. */
	public List<Participant> findByUsername(String username) {
		return jdbc.sql("select * from participant where username = ? order by event_id, id")
			.param(username)
			.query(ParticipantRepository::map)
			.list();
	}

	public Optional<Participant> findByFeedToken(String token) {
		return jdbc.sql("select * from participant where feed_token = ?")
			.param(token)
			.query(ParticipantRepository::map)
			.optional();
	}

	public long insert(Participant p) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into participant (event_id, kind, username, display_name, organization_id, cluster_id, time_zone,
				                         feed_token, registered_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(p.eventId(), p.kind().code(), p.username(), p.displayName(), p.organizationId(), p.clusterId(),
					p.timeZone(), p.feedToken(), OffsetDateTime.now(clock))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	public Set<Long> availability(long participantId) {
		return new HashSet<>(jdbc.sql("select slot_id from participant_availability where participant_id = ?")
			.param(participantId)
			.query(Long.class)
			.list());
	}

	/** Slot ids each participant of the event marked, by participant id. */
	public Map<Long, Set<Long>> availabilityByParticipant(String eventId) {
		return IdPairs.grouped(jdbc, """
				select a.participant_id, a.slot_id from participant_availability a
				join participant p on p.id = a.participant_id where p.event_id = ?""", eventId);
	}

	public void setAvailable(long participantId, long slotId, boolean available) {
		jdbc.sql("delete from participant_availability where participant_id = ? and slot_id = ?")
			.params(participantId, slotId)
			.update();
		if (available) {
			jdbc.sql("insert into participant_availability (participant_id, slot_id) values (?, ?)")
				.params(participantId, slotId)
				.update();
		}
	}

	static Participant map(ResultSet rs, int n) throws SQLException {
		return new Participant(rs.getLong("id"), rs.getString("event_id"),
				ParticipantKind.fromCode(rs.getString("kind")), rs.getString("username"), rs.getString("display_name"),
				rs.getString("organization_id"), rs.getString("cluster_id"), rs.getString("time_zone"),
				rs.getString("feed_token"));
	}

}
