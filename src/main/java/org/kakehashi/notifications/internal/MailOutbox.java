package org.kakehashi.notifications.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code mail_outbox} table (V13_1): queued mails, claimed by one sender at a time
 * under a lease.
 */
@Repository
public class MailOutbox {

	/** A claimed mail, ready to hand to SMTP. */
	public record QueuedMail(long id, String key, String recipient, String subject, String body, int attempts) {
	}

	private final JdbcClient jdbc;

	MailOutbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Queues a mail unless its key was queued before; true if this call queued it. Joins
	 * the caller's transaction, so a rolled-back change queues nothing.
	 */
	public boolean enqueue(String key, @Nullable String username, String recipient, String subject, String body,
			Instant now) {
		// "on conflict do nothing" (PostgreSQL, H2 in PostgreSQL mode) rather than
		// catching the duplicate key: on PostgreSQL a failed statement aborts the
		// caller's whole transaction.
		return jdbc.sql("""
				insert into mail_outbox (dedup_key, username, recipient, subject, body, state, attempts,
				  next_attempt_at, created_at)
				values (:key, :username, :recipient, :subject, :body, 'pending', 0, :now, :now)
				on conflict do nothing""")
			.param("key", key)
			.param("username", username)
			.param("recipient", recipient)
			.param("subject", subject)
			.param("body", body)
			.param("now", utc(now))
			.update() == 1;
	}

	/**
	 * Claims up to {@code limit} due mails for {@code owner} until {@code until}. Rows
	 * another sender is claiming right now are skipped, not waited for (SKIP LOCKED, on
	 * PostgreSQL and H2 2.3 alike), and the outer conditions are checked again on the
	 * locked row, so no row is ever claimed by two senders whose leases overlap.
	 */
	List<QueuedMail> claim(String owner, Instant now, Instant until, int limit) {
		jdbc.sql("""
				update mail_outbox set claimed_by = :owner, claimed_until = :until, attempts = attempts + 1
				where id in (select id from mail_outbox
				    where state = 'pending' and next_attempt_at <= :now
				      and (claimed_until is null or claimed_until < :now)
				    order by next_attempt_at, id limit :limit for update skip locked)
				  and state = 'pending' and (claimed_until is null or claimed_until < :now)""")
			.param("owner", owner)
			.param("until", utc(until))
			.param("now", utc(now))
			.param("limit", limit)
			.update();
		return jdbc.sql("""
				select id, dedup_key, recipient, subject, body, attempts from mail_outbox
				where claimed_by = ? and state = 'pending' order by next_attempt_at, id""")
			.param(owner)
			.query((rs, i) -> new QueuedMail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5) == null ? "" : rs.getString(5), rs.getInt(6)))
			.list();
	}

	/** Marks a claimed mail sent; its body is no longer needed. */
	boolean markSent(long id, String owner, Instant now) {
		return jdbc.sql("""
				update mail_outbox set state = 'sent', sent_at = ?, body = null, last_error = null,
				  claimed_by = null, claimed_until = null
				where id = ? and claimed_by = ?""").params(utc(now), id, owner).update() == 1;
	}

	/** Records a failed attempt: retried from {@code next}, or given up ('failed'). */
	void markAttemptFailed(long id, String owner, String error, Instant next, boolean giveUp) {
		jdbc.sql("""
				update mail_outbox set state = ?, next_attempt_at = ?, last_error = ?,
				  claimed_by = null, claimed_until = null
				where id = ? and claimed_by = ?""")
			.params(giveUp ? "failed" : "pending", utc(next), error.length() > 1000 ? error.substring(0, 1000) : error,
					id, owner)
			.update();
	}

	/**
	 * Gives back what {@code owner} claimed but did not try, without counting an attempt.
	 */
	int release(String owner) {
		return jdbc.sql("""
				update mail_outbox set claimed_by = null, claimed_until = null, attempts = attempts - 1
				where claimed_by = ? and state = 'pending'""").param(owner).update();
	}

	long count(String state) {
		return jdbc.sql("select count(*) from mail_outbox where state = ?").param(state).query(Long.class).single();
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}

}
