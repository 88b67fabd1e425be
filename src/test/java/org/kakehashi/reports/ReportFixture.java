package org.kakehashi.reports;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Records of one year (2001, before any demo data) between BioM and Kawasaki, written
 * straight into the modules' tables so a report's figures can be checked exactly. Tests
 * using it run in a transaction that is rolled back.
 */
record ReportFixture(JdbcClient jdbc) {

	static final int YEAR = 2001;

	static final String SECRET_TITLE = "Vertraulich: Lizenzpartner für XY-4711";

	static final String PARTICIPANT = "Dr. Fixture Teilnehmerin";

	static OffsetDateTime at(int month, int day) {
		return OffsetDateTime.of(YEAR, month, day, 10, 0, 0, 0, ZoneOffset.UTC);
	}

	void create() {
		posts();
		request();
		meetings();
	}

	/**
	 * Kawasaki: one regional update shared with BioM. BioM: one public technology post,
	 * and one shared only with Osaka (does not count).
	 */
	private void posts() {
		post("kawasaki", "regional-update", false, "biom");
		post("biom", "technology", true, null);
		post("biom", "regional-update", false, "obhq");
	}

	private void post(String cluster, String kind, boolean isPublic, String sharedWith) {
		jdbc.sql("""
				insert into post (kind, cluster_id, author_username, author_name, titles, bodies, public_post,
				  created_at, updated_at)
				values (?, ?, 'fixture', 'Fixture', '{"en":"Fixture post"}', '{"en":"Body"}', ?, ?, ?)""")
			.params(kind, cluster, isPublic, at(4, 1), at(4, 1))
			.update();
		if (sharedWith != null) {
			long id = jdbc.sql("select max(id) from post").query(Long.class).single();
			jdbc.sql("insert into post_share (post_id, cluster_id) values (?, ?)").params(id, sharedWith).update();
		}
	}

	/**
	 * A BioM member's request toward Kawasaki, forwarded, answered within the service
	 * level, closed as a partnership with one introduction.
	 */
	private void request() {
		jdbc.sql("""
				insert into entry_request (id, type, title, description, requester_org, filed_by, home_cluster,
				  target_cluster, partner_cluster, agreement_id, state, home_started_at, home_due_at, home_responded_at,
				  partner_started_at, partner_due_at, partner_responded_at, outcome, handled_on, updated_at)
				values ('fixture-2001-1', 'market-entry', ?, 'Details', 'biom-0001', 'member.biom', 'biom', 'kawasaki',
				  'kawasaki', 'biom-kawasaki-2020', 'closed', ?, ?, ?, ?, ?, ?, 'partnership', ?, ?)""")
			.params(SECRET_TITLE, at(3, 1), at(3, 8), at(3, 2), at(3, 2), at(3, 9), at(3, 5), at(5, 1).toLocalDate(),
					at(5, 1))
			.update();
		jdbc.sql("""
				insert into request_introduction (request_id, organization_id, introduced_by, introduced_at)
				values ('fixture-2001-1', 'kawasaki-0001', 'manager.kawasaki', ?)""").params(at(4, 1)).update();
	}

	/**
	 * A partnering event in Tokyo: BioM's participant asks Kawasaki's for two meetings
	 * (one held with useful feedback, one no-show), Kawasaki's asks one that stays
	 * pending.
	 */
	private void meetings() {
		jdbc.sql("""
				insert into event (id, kind, names, descriptions, starts_at, ends_at, time_zone, created_at)
				values ('fixture-2001', 'partnering-conference', '{"en":"Fixture partnering 2001"}', '{"en":"-"}', ?, ?,
				  'Asia/Tokyo', ?)""").params(at(10, 1), at(10, 2), at(1, 1)).update();
		long slot1 = slot("d1-0900", at(10, 1));
		long slot2 = slot("d1-0930", at(10, 1).plusMinutes(30));
		long biom = participant("fixture-biom", PARTICIPANT, "biom-0001", "biom");
		long kawasaki = participant("fixture-kawasaki", "Fixture Kawasaki Person", "kawasaki-0001", "kawasaki");
		long kawasaki2 = participant("fixture-kawasaki-2", "Fixture Kawasaki Other", "kawasaki-0002", "kawasaki");
		long held = request(biom, kawasaki, "accepted");
		long missed = request(biom, kawasaki2, "accepted");
		request(kawasaki, biom, "pending");
		long heldBooking = booking(held, slot1, null);
		booking(missed, slot2, "no-show");
		jdbc.sql("""
				insert into meeting_feedback (booking_id, participant_id, useful, follow_up, given_at)
				values (?, ?, true, false, ?)""").params(heldBooking, biom, at(10, 2)).update();
	}

	private long slot(String code, OffsetDateTime startsAt) {
		jdbc.sql(
				"insert into event_slot (event_id, code, starts_at, minutes, tables) values ('fixture-2001', ?, ?, 30, 5)")
			.params(code, startsAt)
			.update();
		return jdbc.sql("select id from event_slot where event_id = 'fixture-2001' and code = ?")
			.param(code)
			.query(Long.class)
			.single();
	}

	private long participant(String token, String name, String organization, String cluster) {
		jdbc.sql("""
				insert into participant (event_id, kind, display_name, organization_id, cluster_id, time_zone,
				  feed_token, registered_at)
				values ('fixture-2001', 'guest', ?, ?, ?, 'Asia/Tokyo', ?, ?)""")
			.params(name, organization, cluster, token, at(9, 1))
			.update();
		return jdbc.sql("select id from participant where feed_token = ?").param(token).query(Long.class).single();
	}

	private long request(long from, long to, String status) {
		jdbc.sql("""
				insert into meeting_request (event_id, requester_id, receiver_id, message, status, created_at)
				values ('fixture-2001', ?, ?, 'Let us meet', ?, ?)""").params(from, to, status, at(9, 2)).update();
		return jdbc.sql("select max(id) from meeting_request").query(Long.class).single();
	}

	private long booking(long request, long slot, String attendance) {
		jdbc.sql("""
				insert into booking (event_id, request_id, slot_id, table_no, attendance, created_at)
				values ('fixture-2001', ?, ?, 1, ?, ?)""").params(request, slot, attendance, at(9, 3)).update();
		return jdbc.sql("select id from booking where request_id = ?").param(request).query(Long.class).single();
	}

}
