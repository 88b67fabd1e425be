package org.kakehashi.events.internal;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code event_reminder} table: each reminder's key, once sent. */
@Repository
class ReminderRepository {

	private final JdbcClient jdbc;

	ReminderRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims a reminder key; false if it was sent before (by this or another instance).
	 */
	boolean claim(String key, Instant now) {
		if (jdbc.sql("select count(*) from event_reminder where reminder_key = ?")
			.param(key)
			.query(Integer.class)
			.single() > 0) {
			return false;
		}
		try {
			jdbc.sql("insert into event_reminder (reminder_key, sent_at) values (?, ?)")
				.params(key, now.atOffset(ZoneOffset.UTC))
				.update();
			return true;
		}
		catch (DataIntegrityViolationException ex) {
			return false;
		}
	}

}
