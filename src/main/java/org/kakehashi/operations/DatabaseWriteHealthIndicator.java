package org.kakehashi.operations;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Readiness needs more than a connection: the embedded database once kept answering reads
 * while refusing every write to a table with a CHECK constraint. This tries such a write
 * (to a one-row table of its own) and rolls it back.
 */
@Component("databaseWriteHealthIndicator")
class DatabaseWriteHealthIndicator extends AbstractHealthIndicator {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DatabaseWriteHealthIndicator(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		super("The database cannot take a write");
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Integer rows = transactions.execute(status -> {
			status.setRollbackOnly();
			return jdbc.sql("update health_probe set checked_at = ? where id = 1")
				.param(OffsetDateTime.now(clock))
				.update();
		});
		if (rows == null || rows != 1) {
			builder.down().withDetail("reason", "health_probe row missing");
			return;
		}
		builder.up();
	}

}
