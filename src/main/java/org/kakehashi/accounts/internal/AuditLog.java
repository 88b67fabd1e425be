package org.kakehashi.accounts.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.kakehashi.accounts.AuditRecord;
import org.kakehashi.shared.AuditEntry;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records every {@link AuditEntry} synchronously, in the transaction of the change it
 * describes.
 */
@Component
public class AuditLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	@EventListener
	void on(AuditEntry entry) {
		jdbc.sql("""
				insert into audit_event (occurred_at, actor, action, target_type, target_id, detail)
				values (?, ?, ?, ?, ?, ?)""")
			.params(OffsetDateTime.now(clock), entry.actor(), entry.action(), entry.targetType(), entry.targetId(),
					entry.detail() == null ? null : truncate(entry.detail()))
			.update();
	}

	/** The recorded changes of one thing, oldest first. */
	public List<AuditRecord> history(String targetType, String targetId) {
		return jdbc.sql("""
				select occurred_at, actor, action, detail from audit_event
				where target_type = ? and target_id = ? order by occurred_at, id""")
			.params(targetType, targetId)
			.query((rs, n) -> new AuditRecord(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2),
					rs.getString(3), rs.getString(4)))
			.list();
	}

	private static String truncate(String s) {
		return s.length() <= 4000 ? s : s.substring(0, 3999) + "…";
	}

}
