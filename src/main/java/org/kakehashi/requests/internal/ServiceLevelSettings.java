package org.kakehashi.requests.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Per-agreement response times and the reminders already sent (one per request and kind).
 */
@Repository
public class ServiceLevelSettings {

	private final JdbcClient jdbc;

	ServiceLevelSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Integer> firstResponseDays(String agreementId) {
		return jdbc.sql("select first_response_days from request_service_level where agreement_id = ?")
			.param(agreementId)
			.query(Integer.class)
			.optional();
	}

	public void setFirstResponseDays(String agreementId, int days, String by, Instant at) {
		int updated = jdbc.sql("""
				update request_service_level set first_response_days = ?, updated_by = ?, updated_at = ?
				where agreement_id = ?""").params(days, by, RequestRepository.utc(at), agreementId).update();
		if (updated == 0) {
			jdbc.sql("""
					insert into request_service_level (agreement_id, first_response_days, updated_by, updated_at)
					values (?, ?, ?, ?)""").params(agreementId, days, by, RequestRepository.utc(at)).update();
		}
	}

	/**
	 * Claims the reminder of {@code kind} for a request; true only for the first caller.
	 * The primary key makes a second claim fail even when two instances run the job at
	 * once.
	 */
	public boolean claimReminder(String requestId, String kind, Instant at) {
		return jdbc.sql("""
				insert into request_reminder (request_id, kind, sent_at)
				select ?, ?, ? where not exists (select 1 from request_reminder where request_id = ? and kind = ?)""")
			.params(requestId, kind, RequestRepository.utc(at), requestId, kind)
			.update() == 1;
	}

}
