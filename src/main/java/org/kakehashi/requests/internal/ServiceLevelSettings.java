package org.kakehashi.requests.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Per-agreement response times.
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

	/**
	 * Every agreement's own first-response days, by agreement id (the rest use the
	 * default).
	 */
	public Map<String, Integer> firstResponseDays() {
		Map<String, Integer> days = new HashMap<>();
		jdbc.sql("select agreement_id, first_response_days from request_service_level").query(rs -> {
			days.put(rs.getString(1), rs.getInt(2));
		});
		return days;
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

}
