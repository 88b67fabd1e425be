package org.kakehashi.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.kakehashi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Regression test for the embedded database refusing every write after the connection
 * pool retired the connection that ran the migrations (H2 2.4.240 bound each CHECK
 * constraint to the session that created it: "Check constraint invalid ... The database
 * has been closed"). The pool is turned over, then every table with a CHECK constraint is
 * written to; the writes are rolled back so other tests see nothing.
 */
@IntegrationTest
class PoolTurnoverIntegrationTests {

	/**
	 * Rows for tables that the demo data leaves empty, so that a write to them can be
	 * tried. A new table with a CHECK constraint and no demo rows needs an entry here.
	 */
	private static final Map<String, String> INSERTS_FOR_EMPTY_TABLES = new LinkedHashMap<>();

	static {
		INSERTS_FOR_EMPTY_TABLES.put("request_service_level", """
				insert into request_service_level (agreement_id, first_response_days, updated_by, updated_at)
				select id, 5, 'admin', current_timestamp from agreement
				where id not in (select agreement_id from request_service_level) order by id limit 1""");
		INSERTS_FOR_EMPTY_TABLES.put("commitment_assessment", """
				insert into commitment_assessment (agreement_id, position, period_start, verdict, note,
				  assessed_by, assessed_at)
				select agreement_id, position, date '1999-01-01', 'met', 'pool turnover', 'admin', current_timestamp
				from commitment order by agreement_id, position limit 1""");
		INSERTS_FOR_EMPTY_TABLES.put("opportunity_interest", """
				insert into opportunity_interest (opportunity_id, interested_username, interested_cluster_id,
				  message, state, created_at, updated_at)
				select id, 'pool-turnover-test', 'osaka', 'pool turnover', 'EXPRESSED', current_timestamp,
				  current_timestamp
				from opportunity order by id limit 1""");
		INSERTS_FOR_EMPTY_TABLES.put("schedule_run", """
				insert into schedule_run (event_id, status, source, started_at, started_by)
				select id, 'done', 'solver', current_timestamp, 'admin' from event order by id limit 1""");
		INSERTS_FOR_EMPTY_TABLES.put("import_job", """
				insert into import_job (id, owner, file_name, format, status, created_at)
				values ('pool-turnover-test', 'admin', 'pool.jsonl', 'jsonl', 'done', current_timestamp)""");
		INSERTS_FOR_EMPTY_TABLES.put("mail_outbox", """
				insert into mail_outbox (dedup_key, recipient, subject, state, attempts, next_attempt_at, created_at)
				values ('pool-turnover-test', 'pool@example.org', 'pool turnover', 'sent', 1, current_timestamp,
				  current_timestamp)""");
		INSERTS_FOR_EMPTY_TABLES.put("booking", """
				insert into booking (event_id, request_id, slot_id, table_no, created_at)
				select m.event_id, m.id, s.id, 999, current_timestamp from meeting_request m
				join event_slot s on s.event_id = m.event_id
				where m.id not in (select request_id from booking)
				order by m.id, s.id limit 1""");
	}

	@Autowired
	HikariDataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void everyTableWithACheckConstraintTakesWritesAfterThePoolTurnedOver() {
		dataSource.getHikariPoolMXBean().softEvictConnections();

		List<String> written = new ArrayList<>();
		transactions.executeWithoutResult(status -> {
			for (String table : tablesWithCheckConstraints()) {
				written.add(table + ":" + writeTo(table));
			}
			status.setRollbackOnly();
		});

		assertThat(written).isNotEmpty().allSatisfy(entry -> assertThat(entry).doesNotEndWith(":0"));
	}

	/**
	 * Rewrites every row with itself (which evaluates its constraints) or inserts a
	 * fixture row.
	 */
	private int writeTo(String table) {
		Integer rows = jdbc.sql("select count(*) from " + table).query(Integer.class).single();
		if (rows == 0) {
			String insert = INSERTS_FOR_EMPTY_TABLES.get(table);
			assertThat(insert).as("an insert for empty table %s in INSERTS_FOR_EMPTY_TABLES", table).isNotNull();
			return jdbc.sql(insert).update();
		}
		String column = firstColumn(table);
		return jdbc.sql("update " + table + " set " + column + " = " + column).update();
	}

	private Set<String> tablesWithCheckConstraints() {
		// PostgreSQL also lists NOT NULL as CHECK here; ours are all named ck_*.
		return new TreeSet<>(jdbc.sql("""
				select table_name from information_schema.table_constraints
				where constraint_type = 'CHECK' and lower(table_schema) = 'public'
				  and lower(constraint_name) like 'ck\\_%' escape '\\'""").query(String.class).list());
	}

	private String firstColumn(String table) {
		return jdbc.sql("""
				select column_name from information_schema.columns
				where lower(table_schema) = 'public' and table_name = ? order by ordinal_position""")
			.param(table)
			.query(String.class)
			.list()
			.getFirst();
	}

}
