package org.kakehashi.agreements.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which reminders went out. The key is unique in the database, so when several instances
 * run the daily job at once, exactly one of them claims each reminder.
 */
@Repository
public class ReminderLog {

	private final JdbcClient jdbc;

	ReminderLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims {@code key}; true if this caller is the first. Call inside the transaction
	 * that sends the mail, so a failed send releases the claim (rollback) and the next
	 * run tries again.
	 */
	public boolean claim(String key) {
		// ON CONFLICT DO NOTHING (PostgreSQL, and H2 in PostgreSQL mode) instead of
		// catching a
		// duplicate-key error: in PostgreSQL a failed statement would poison the
		// transaction.
		return jdbc.sql("insert into agreement_reminder (reminder_key, sent_at) values (?, ?) on conflict do nothing")
			.params(key, OffsetDateTime.now(ZoneOffset.UTC))
			.update() == 1;
	}

}
