package org.kakehashi.events.internal;

import java.time.Clock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kakehashi.events.ScheduleRun;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code schedule_run*} and {@code event_schedule} tables. */
@Repository
public class RunRepository {

	/** One placed meeting of a run's proposal. */
	public record RunAssignment(long requestId, long slotId, int table) {
	}

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final Clock clock;

	RunRepository(JdbcClient jdbc, JdbcTemplate batches, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/** What a lease renewal found. */
	public enum Renewal {

		/** Still ours and wanted: keep solving. */
		KEEP,
		/** Someone asked to cancel it: stop. */
		CANCEL,
		/** No longer ours (the sweep ended it, thinking this instance dead): stop. */
		LOST

	}

	/** A run that writes its result at once (an imported schedule): no lease. */
	public long start(String eventId, String username, String source) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql(
				"insert into schedule_run (event_id, started_by, started_at, status, source) values (?, ?, ?, 'running', ?)")
			.params(eventId, username, now(), source)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/** A solver run held by {@code instance} until {@code leaseUntil}. */
	public long startLeased(String eventId, String username, int total, String instance, OffsetDateTime leaseUntil) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into schedule_run (event_id, started_by, started_at, status, source, total, lease_owner,
				  lease_until) values (?, ?, ?, 'running', 'solver', ?, ?, ?)""")
			.params(eventId, username, now(), total, instance, leaseUntil)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/**
	 * Extends the lease of a run this instance holds and records its progress; then tells
	 * whether it was asked to cancel.
	 */
	public Renewal renew(long runId, String instance, OffsetDateTime leaseUntil, int progress, int placed) {
		int rows = jdbc.sql("""
				update schedule_run set lease_until = ?, progress = ?, placed = ?
				where id = ? and lease_owner = ? and status = 'running'""")
			.params(leaseUntil, progress, placed, runId, instance)
			.update();
		if (rows == 0) {
			return Renewal.LOST;
		}
		return cancelRequested(runId) ? Renewal.CANCEL : Renewal.KEEP;
	}

	public boolean cancelRequested(long runId) {
		return jdbc.sql("select count(*) from schedule_run where id = ? and cancel_requested_by is not null")
			.param(runId)
			.query(Integer.class)
			.single() > 0;
	}

	/** Asks a running run to stop; false if it is no longer running. */
	public boolean requestCancel(long runId, String username) {
		return jdbc.sql("""
				update schedule_run set cancel_requested_by = coalesce(cancel_requested_by, ?)
				where id = ? and status = 'running'""").params(username, runId).update() == 1;
	}

	/** Ends a running run as cancelled; its proposal (if any) is not kept. */
	public boolean cancelled(long runId) {
		return jdbc.sql("""
				update schedule_run set status = 'cancelled', finished_at = ?, stop_reason = 'cancelled',
				  lease_until = null where id = ? and status = 'running'""").params(now(), runId).update() == 1;
	}

	/**
	 * Ends running solver runs whose lease ran out before {@code now}: cancelled if that
	 * was asked for, else failed with
	 * {@link org.kakehashi.events.ScheduleRun#LEASE_EXPIRED}. Conditional updates, so
	 * instances sweeping at the same time end each run once.
	 * @return how many runs were ended
	 */
	public int expireLeases(OffsetDateTime now) {
		int cancelled = jdbc.sql("""
				update schedule_run set status = 'cancelled', finished_at = ?, stop_reason = 'cancelled'
				where status = 'running' and source = 'solver' and cancel_requested_by is not null
				  and (lease_until is null or lease_until < ?)""").params(now, now).update();
		int failed = jdbc.sql("""
				update schedule_run set status = 'failed', finished_at = ?, stop_reason = 'lease-expired',
				  error = 'the instance running it stopped renewing its lease (crash or restart)'
				where status = 'running' and source = 'solver' and (lease_until is null or lease_until < ?)""")
			.params(now, now)
			.update();
		return cancelled + failed;
	}

	/**
	 * This instance stops: its running runs end now, as the sweep would end them later.
	 */
	public int abandon(String instance, OffsetDateTime now) {
		return jdbc.sql("""
				update schedule_run set status = 'failed', finished_at = ?, stop_reason = 'lease-expired',
				  error = 'the instance running it stopped', lease_until = null
				where status = 'running' and lease_owner = ?""").params(now, instance).update();
	}

	/**
	 * Stores a run's proposal and marks it done, unless it was cancelled or lost
	 * meanwhile (then nothing is written and the answer is false). Call in a transaction.
	 */
	public boolean finish(long runId, List<RunAssignment> assignments, Map<Long, String> unplaced, int total, int moved,
			String stopReason) {
		int claimed = jdbc
			.sql("""
					update schedule_run set status = 'done', finished_at = ?, placed = ?, total = ?, moved = ?, stop_reason = ?,
					  progress = 100, lease_until = null
					where id = ? and status = 'running' and cancel_requested_by is null""")
			.params(now(), assignments.size(), total, moved, stopReason, runId)
			.update();
		if (claimed == 0) {
			return false;
		}
		// JDBC batches: a BIO-sized run has 65,000 assignments (docs/benchmarks.md)
		batches.batchUpdate(
				"insert into schedule_run_assignment (run_id, request_id, slot_id, table_no) values (?, ?, ?, ?)",
				assignments, BATCH, (ps, a) -> {
					ps.setLong(1, runId);
					ps.setLong(2, a.requestId());
					ps.setLong(3, a.slotId());
					ps.setInt(4, a.table());
				});
		batches.batchUpdate("insert into schedule_run_unplaced (run_id, request_id, reason) values (?, ?, ?)",
				List.copyOf(unplaced.entrySet()), BATCH, (ps, e) -> {
					ps.setLong(1, runId);
					ps.setLong(2, e.getKey());
					ps.setString(3, e.getValue().length() > 1000 ? e.getValue().substring(0, 1000) : e.getValue());
				});
		return true;
	}

	public void fail(long runId, String error) {
		jdbc.sql("""
				update schedule_run set status = 'failed', finished_at = ?, error = ?, lease_until = null
				where id = ? and status = 'running'""")
			.params(now(), error.length() > 2000 ? error.substring(0, 2000) : error, runId)
			.update();
	}

	public Optional<ScheduleRun> findById(long id) {
		return jdbc.sql("select * from schedule_run where id = ?").param(id).query(RunRepository::map).optional();
	}

	public List<ScheduleRun> findByEvent(String eventId) {
		return jdbc.sql("select * from schedule_run where event_id = ? order by id desc")
			.param(eventId)
			.query(RunRepository::map)
			.list();
	}

	public List<RunAssignment> assignments(long runId) {
		return jdbc.sql("select request_id, slot_id, table_no from schedule_run_assignment where run_id = ?")
			.param(runId)
			.query((rs, n) -> new RunAssignment(rs.getLong(1), rs.getLong(2), rs.getInt(3)))
			.list();
	}

	public Map<Long, String> unplaced(long runId) {
		Map<Long, String> reasons = new LinkedHashMap<>();
		jdbc.sql("select request_id, reason from schedule_run_unplaced where run_id = ? order by request_id")
			.param(runId)
			.query(rs -> {
				reasons.put(rs.getLong(1), rs.getString(2));
			});
		return reasons;
	}

	public @Nullable OffsetDateTime publishedAt(String eventId) {
		return jdbc.sql("select published_at from event_schedule where event_id = ?")
			.param(eventId)
			.query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
			.optional()
			.orElse(null);
	}

	public void markPublished(String eventId, long runId, String username) {
		int rows = jdbc.sql("""
				update event_schedule set published_at = ?, published_by = ?, run_id = ?, version = version + 1
				where event_id = ?""").params(now(), username, runId, eventId).update();
		if (rows == 0) {
			jdbc.sql("insert into event_schedule (event_id, published_at, published_by, run_id) values (?, ?, ?, ?)")
				.params(eventId, now(), username, runId)
				.update();
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	static ScheduleRun map(ResultSet rs, int n) throws SQLException {
		return new ScheduleRun(rs.getLong("id"), rs.getString("event_id"), rs.getString("started_by"),
				rs.getObject("started_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class),
				rs.getString("status"), rs.getString("source"), rs.getInt("progress"), rs.getInt("placed"),
				rs.getInt("total"), rs.getInt("moved"), rs.getString("stop_reason"), rs.getString("error"),
				rs.getString("cancel_requested_by"));
	}

}
