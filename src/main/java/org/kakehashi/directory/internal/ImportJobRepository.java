package org.kakehashi.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kakehashi.directory.ImportFormat;
import org.kakehashi.directory.ImportJob;
import org.kakehashi.directory.ImportProgress;
import org.kakehashi.directory.ImportReport;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.JsonColumns;
import org.kakehashi.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code import_job} and {@code import_job_problem} tables. Every change of a running
 * job names the instance that runs it, so an instance that lost its job to the sweep (it
 * was thought dead) cannot overwrite what another instance decided.
 */
@Repository
public class ImportJobRepository {

	/** A new job's fixed facts. */
	public record NewJob(String id, String owner, @Nullable String ownerCluster, String fileName, ImportFormat format,
			@Nullable String cluster, List<String> header, String uploadPath) {
	}

	private static final int MAX_LISTED = 50;

	private final JdbcClient jdbc;

	ImportJobRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(NewJob job, Instant now) {
		jdbc.sql("""
				insert into import_job (id, owner, owner_cluster, target_cluster, file_name, format, header,
				  upload_path, status, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'mapping', ?)""")
			.params(job.id(), job.owner(), job.ownerCluster(), job.cluster(), job.fileName(), job.format().name(),
					JsonColumns.write(job.header()), job.uploadPath(), utc(now))
			.update();
	}

	/**
	 * Moves a job from mapping to running on {@code instance}; false if it already left
	 * mapping (a second click, or another instance was faster).
	 */
	public boolean claim(String id, String instance, long size, Instant now) {
		return jdbc.sql("""
				update import_job set status = 'running', instance_id = ?, heartbeat_at = ?, started_at = ?,
				  size_bytes = ? where id = ? and status = 'mapping'""")
			.params(instance, utc(now), utc(now), size, id)
			.update() == 1;
	}

	public Optional<String> uploadPath(String id) {
		return jdbc.sql("select upload_path from import_job where id = ?").param(id).query(String.class).optional();
	}

	/** Records a committed batch; runs inside the batch's transaction. */
	public void checkpoint(String id, String instance, ImportProgress.Checkpoint c, Instant now) {
		jdbc.sql("""
				update import_job set last_line = ?, lines_processed = ?, bytes_read = ?, created_count = ?,
				  updated_count = ?, rejected_count = ?, heartbeat_at = ? where id = ? and instance_id = ?""")
			.params(c.lastLine(), c.lines(), c.bytes(), c.created(), c.updated(), c.rejected(), utc(now), id, instance)
			.update();
		for (ImportReport.LineProblem p : c.newProblems()) {
			String reason = p.reason().length() > 2000 ? p.reason().substring(0, 2000) : p.reason();
			jdbc.sql("insert into import_job_problem (job_id, line, reason, code, args) values (?, ?, ?, ?, ?)")
				.params(id, p.line(), reason, p.code(), JsonColumns.write(p.args()))
				.update();
		}
	}

	public void finish(String id, String instance, Instant now) {
		jdbc.sql("""
				update import_job set status = 'done', finished_at = ?, bytes_read = size_bytes, upload_path = null
				where id = ? and instance_id = ? and status = 'running'""").params(utc(now), id, instance).update();
	}

	public void fail(String id, String instance, String error, Instant now) {
		jdbc.sql("""
				update import_job set status = 'failed', finished_at = ?, error = ?, upload_path = null
				where id = ? and instance_id = ? and status = 'running'""")
			.params(utc(now), error.length() > 2000 ? error.substring(0, 2000) : error, id, instance)
			.update();
	}

	/** Keeps this instance's running jobs alive. */
	public int renew(String instance, Instant now) {
		return jdbc.sql("update import_job set heartbeat_at = ? where instance_id = ? and status = 'running'")
			.params(utc(now), instance)
			.update();
	}

	/**
	 * Marks running jobs whose instance has not renewed since {@code staleBefore} as
	 * interrupted. One conditional update, so several instances sweeping at once agree.
	 */
	public int interruptStale(Instant staleBefore, Instant now) {
		return jdbc.sql("""
				update import_job set status = 'interrupted', finished_at = ?, upload_path = null
				where status = 'running' and heartbeat_at < ?""").params(utc(now), utc(staleBefore)).update();
	}

	/** This instance is stopping: its running jobs end here, as interrupted. */
	public int interruptOwn(String instance, Instant now) {
		return jdbc.sql("""
				update import_job set status = 'interrupted', finished_at = ?, upload_path = null
				where status = 'running' and instance_id = ?""").params(utc(now), instance).update();
	}

	/**
	 * Jobs still waiting for their mapping since before {@code before}, with their
	 * upload.
	 */
	public List<String> abandonedUploads(Instant before) {
		return jdbc.sql("select upload_path from import_job where status = 'mapping' and created_at < ?")
			.param(utc(before))
			.query(String.class)
			.list();
	}

	/** Forgets abandoned mappings and jobs older than {@code finishedBefore}. */
	public int purge(Instant mappingBefore, Instant finishedBefore) {
		return jdbc.sql("""
				delete from import_job where (status = 'mapping' and created_at < ?)
				  or (status <> 'mapping' and status <> 'running' and created_at < ?)""")
			.params(utc(mappingBefore), utc(finishedBefore))
			.update();
	}

	/** One job with its listed problems. */
	public Optional<ImportJob> find(String id) {
		List<ImportReport.LineProblem> problems = jdbc
			.sql("select line, reason, code, args from import_job_problem where job_id = ? order by line")
			.param(id)
			.query((rs, n) -> new ImportReport.LineProblem(rs.getLong(1), rs.getString(2), rs.getString(3),
					JsonColumns.readList(rs.getString(4))))
			.list();
		return jdbc.sql("select * from import_job where id = ?")
			.param(id)
			.query((rs, n) -> map(rs, problems))
			.optional();
	}

	/**
	 * The newest jobs the user may see: their own, their cluster's if they manage it,
	 * everyone's for administrators.
	 */
	public List<ImportJob> visibleTo(CurrentUser user) {
		String where = user.isAdmin() ? "1 = 1" : user.role() == Role.CLUSTER_MANAGER
				? "(owner = :owner or owner_cluster = :cluster)" : "owner = :owner";
		return jdbc.sql("select * from import_job where " + where + " order by created_at desc limit " + MAX_LISTED)
			.params(java.util.Map.of("owner", user.username(), "cluster",
					user.clusterId() == null ? "" : user.clusterId()))
			.query((rs, n) -> map(rs, List.of()))
			.list();
	}

	private static ImportJob map(ResultSet rs, List<ImportReport.LineProblem> problems) throws SQLException {
		return new ImportJob(rs.getString("id"), rs.getString("owner"), rs.getString("owner_cluster"),
				rs.getString("file_name"), ImportFormat.valueOf(rs.getString("format")), rs.getString("target_cluster"),
				JsonColumns.readList(rs.getString("header")),
				ImportJob.State.valueOf(rs.getString("status").toUpperCase(java.util.Locale.ROOT)),
				rs.getLong("size_bytes"), rs.getLong("bytes_read"), rs.getLong("lines_processed"),
				rs.getLong("last_line"), rs.getLong("created_count"), rs.getLong("updated_count"),
				rs.getLong("rejected_count"), rs.getString("error"), instant(rs, "created_at"),
				rs.getObject("finished_at", OffsetDateTime.class) == null ? null : instant(rs, "finished_at"),
				problems);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
