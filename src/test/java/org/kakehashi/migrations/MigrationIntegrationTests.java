package org.kakehashi.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.kakehashi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The migrations applied cleanly on the database this run uses (H2 by default, PostgreSQL
 * in the second CI run), and the constraints they declare hold there.
 */
@IntegrationTest
class MigrationIntegrationTests {

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyMigrationIsApplied() {
		MigrationInfo[] all = flyway.info().all();

		assertThat(all).isNotEmpty();
		assertThat(Arrays.stream(all).map(MigrationInfo::getState)).containsOnly(MigrationState.SUCCESS);
		assertThat(flyway.info().pending()).isEmpty();
	}

	@Test
	void theDatabaseRefusesAnUnknownOrganizationKind() {
		assertThatThrownBy(() -> jdbc.sql("""
				insert into organization (id, kind, names, descriptions, topics, interests, created_at, updated_at)
				values ('mig-bad-kind', 'spaceship', '{}', '{}', '[]', '[]', ?, ?)""")
			.params(OffsetDateTime.now(), OffsetDateTime.now())
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void theDatabaseRefusesAnEventEndingBeforeItStarts() {
		OffsetDateTime now = OffsetDateTime.now();
		assertThatThrownBy(() -> jdbc.sql("""
				insert into event (id, kind, names, descriptions, starts_at, ends_at, time_zone, created_at)
				values ('mig-bad-event', 'mutual-visit', '{}', '{}', ?, ?, 'UTC', ?)""")
			.params(now, now.minusDays(1), now)
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void usernamesAreUnique() {
		assertThatThrownBy(() -> jdbc.sql("""
				insert into app_user (username, password_hash, display_name, role, created_at)
				values ('admin', 'x', 'Second admin', 'ADMIN', ?)""").param(OffsetDateTime.now()).update())
			.isInstanceOf(DataIntegrityViolationException.class);
	}

}
