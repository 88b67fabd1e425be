package org.kakehashi.events.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kakehashi.events.ScheduleRun;
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

	private final JdbcClient jdbc;

	RunRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long start(String eventId, String username, String source) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql(
				"insert into schedule_run (event_id, started_by, started_at, status, source) values (?, ?, ?, 'running', ?)")
			.params(eventId, username, now(), source)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	public void finish(long runId, List<RunAssignment> assignments, Map<Long, String> unplaced, int total, int moved,
			String stopReason) {
		for (RunAssignment a : assignments) {
			jdbc.sql("insert into schedule_run_assignment (run_id, request_id, slot_id, table_no) values (?, ?, ?, ?)")
				.params(runId, a.requestId(), a.slotId(), a.table())
				.update();
		}
		unplaced.forEach((request, reason) -> jdbc
			.sql("insert into schedule_run_unplaced (run_id, request_id, reason) values (?, ?, ?)")
			.params(runId, request, reason.length() > 1000 ? reason.substring(0, 1000) : reason)
			.update());
		jdbc.sql(
				"""
						update schedule_run set status = 'done', finished_at = ?, placed = ?, total = ?, moved = ?, stop_reason = ?
						where id = ?""")
			.params(now(), assignments.size(), total, moved, stopReason, runId)
			.update();
	}

	public void fail(long runId, String error) {
		jdbc.sql("update schedule_run set status = 'failed', finished_at = ?, error = ? where id = ?")
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

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}

	static ScheduleRun map(ResultSet rs, int n) throws SQLException {
		return new ScheduleRun(rs.getLong("id"), rs.getString("event_id"), rs.getString("started_by"),
				rs.getObject("started_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class),
				rs.getString("status"), rs.getString("source"), rs.getInt("placed"), rs.getInt("total"),
				rs.getInt("moved"), rs.getString("stop_reason"), rs.getString("error"));
	}

}
