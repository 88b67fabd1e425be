package org.kakehashi.events.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kakehashi.agreements.CommitmentEvidence;
import org.kakehashi.agreements.CommitmentKind;
import org.kakehashi.events.Event;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Evidence for "we meet regularly" commitments: meetings held between participants of the
 * two clusters (checked in or with feedback, never a no-show), and events both clusters'
 * managers or delegations attended.
 */
@Component
class MeetingEvidence implements CommitmentEvidence {

	private final JdbcClient jdbc;

	private final EventRepository events;

	MeetingEvidence(JdbcClient jdbc, EventRepository events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Override
	public List<CommitmentKind> kinds() {
		return List.of(CommitmentKind.MEETINGS);
	}

	@Override
	public List<EvidenceRecord> records(CommitmentKind kind, String party, String partner, LocalDate from,
			LocalDate to) {
		if (kind != CommitmentKind.MEETINGS) {
			return List.of();
		}
		List<EvidenceRecord> records = new ArrayList<>(meetingsHeld(party, partner, from, to));
		records.addAll(eventsAttended(party, partner, from, to));
		records.sort(Comparator.comparing(EvidenceRecord::date));
		return records;
	}

	private List<EvidenceRecord> meetingsHeld(String party, String partner, LocalDate from, LocalDate to) {
		List<EvidenceRecord> records = new ArrayList<>();
		Map<String, Event> seen = new HashMap<>();
		jdbc.sql(
				"""
						select b.event_id, s.starts_at, a.display_name as a_name, p.display_name as b_name
						from booking b
						join event_slot s on s.id = b.slot_id
						join meeting_request r on r.id = b.request_id
						join participant a on a.id = r.requester_id
						join participant p on p.id = r.receiver_id
						where (b.attendance is null or b.attendance <> 'no-show')
						  and (b.attendance = 'checked-in' or exists (select 1 from meeting_feedback f where f.booking_id = b.id))
						  and ((a.cluster_id = ? and p.cluster_id = ?) or (a.cluster_id = ? and p.cluster_id = ?))""")
			.params(party, partner, partner, party)
			.query(rs -> {
				// a pair's meetings happen at a few events: each is read once
				Event event = seen.computeIfAbsent(rs.getString(1), id -> events.findById(id).orElseThrow());
				LocalDate day = rs.getObject(2, OffsetDateTime.class)
					.atZoneSameInstant(ZoneId.of(event.timeZone()))
					.toLocalDate();
				if (!day.isBefore(from) && !day.isAfter(to)) {
					records.add(EvidenceRecord.of(day, "evidence.meeting", "/events/" + event.id(), rs.getString(3),
							rs.getString(4), event.names()));
				}
			});
		return records;
	}

	private List<EvidenceRecord> eventsAttended(String party, String partner, LocalDate from, LocalDate to) {
		List<String> ids = jdbc.sql("""
				select distinct a.event_id from participant a join participant b on a.event_id = b.event_id
				where a.cluster_id = ? and b.cluster_id = ? and a.kind in ('manager', 'delegation')
				  and b.kind in ('manager', 'delegation')""").params(party, partner).query(String.class).list();
		return ids.stream()
			.map(id -> events.findById(id).orElseThrow())
			.map(e -> EvidenceRecord.of(e.startsAt().atZoneSameInstant(ZoneId.of(e.timeZone())).toLocalDate(),
					"evidence.bothClusters", "/events/" + e.id(), e.names()))
			.filter(r -> !r.date().isBefore(from) && !r.date().isAfter(to))
			.toList();
	}

}
