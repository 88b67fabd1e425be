package org.kakehashi.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Upgrading to the mail outbox (V13_2) keeps what the four old guards knew: every
 * reminder and digest they recorded becomes a sent row under the key its job now queues,
 * so none goes out a second time after the upgrade. On a database of its own: an
 * in-memory H2 one, or in the PostgreSQL run a schema dropped afterwards.
 */
class MailOutboxHistoryMigrationTests {

	static final OffsetDateTime SENT = OffsetDateTime.of(2026, 11, 30, 7, 0, 0, 0, ZoneOffset.UTC);

	final String schema = "outbox_history_" + Long.toString(System.nanoTime(), 36);

	final String postgres = System.getenv("SPRING_DATASOURCE_URL");

	final DriverManagerDataSource database = database();

	final JdbcClient jdbc = JdbcClient.create(database);

	@AfterEach
	void dropSchema() {
		if (postgres != null) {
			jdbc.sql("drop schema " + schema + " cascade").update();
		}
	}

	@Test
	void remindersAndDigestsSentBeforeTheOutboxAreRememberedAsSentUnderTheirNewKeys() {
		flyway("13.1").migrate();
		user("manager.lsn", "CLUSTER_MANAGER", "lsn");
		user("manager.kobe", "CLUSTER_MANAGER", "fbri");
		user("member.lsn", "MEMBER", "lsn");
		jdbc.sql(
				"insert into agreement_reminder (reminder_key, sent_at) values ('expiry:lsn-fbri:2031-01-01:30:lsn', ?)")
			.param(SENT)
			.update();
		jdbc.sql("insert into event_reminder (reminder_key, sent_at) values ('meeting:9:7:1790000000', ?)")
			.param(SENT)
			.update();
		jdbc.sql("insert into digest_sent (username, week_start, posts, sent_at) values ('reader', ?, 3, ?)")
			.params(Date.valueOf("2026-11-23"), SENT)
			.update();
		jdbc.sql("""
				insert into entry_request (id, type, title, description, requester_org, filed_by, home_cluster,
				  target_cluster, partner_cluster, state, home_started_at, home_due_at, updated_at)
				values ('r1', 'other', 'Title', 'Text', 'org', 'member.lsn', 'lsn', 'fbri', 'fbri', 'forwarded',
				  ?, ?, ?)""").params(SENT, SENT, SENT).update();
		jdbc.sql("insert into request_reminder (request_id, kind, sent_at) values ('r1', 'home-due', ?)")
			.param(SENT)
			.update();
		jdbc.sql("insert into request_reminder (request_id, kind, sent_at) values ('r1', 'partner-overdue', ?)")
			.param(SENT)
			.update();

		flyway(null).migrate();

		assertThat(jdbc.sql("select dedup_key from mail_outbox where state = 'sent'").query(String.class).list())
			.containsExactlyInAnyOrder("agreement-expiry:lsn-fbri:2031-01-01:30:lsn:manager.lsn",
					"event-meeting:9:7:1790000000", "exchange-digest:2026-11-23:reader",
					"request-home-due:r1:manager.lsn", "request-partner-overdue:r1:manager.kobe");
		assertThatThrownBy(() -> jdbc.sql("select count(*) from agreement_reminder").query(Long.class).single())
			.isInstanceOf(BadSqlGrammarException.class);
	}

	private void user(String username, String role, String cluster) {
		jdbc.sql("""
				insert into app_user (username, password_hash, display_name, email, role, cluster_id, created_at)
				values (?, 'x', ?, ?, ?, ?, ?)""")
			.params(username, username, username + "@example.org", role, cluster, SENT)
			.update();
	}

	private Flyway flyway(String target) {
		var config = Flyway.configure().dataSource(database).locations("classpath:db/migration");
		if (postgres != null) {
			config = config.schemas(schema).defaultSchema(schema);
		}
		return (target == null ? config : config.target(target)).load();
	}

	private DriverManagerDataSource database() {
		if (postgres == null) {
			return new DriverManagerDataSource(
					"jdbc:h2:mem:outbox-history-" + UUID.randomUUID()
							+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
					"sa", "");
		}
		String user = System.getenv("SPRING_DATASOURCE_USERNAME");
		String password = System.getenv("SPRING_DATASOURCE_PASSWORD");
		return new DriverManagerDataSource(postgres + (postgres.contains("?") ? "&" : "?") + "currentSchema=" + schema,
				user, password == null ? "" : password);
	}

}
