package org.kakehashi.directory;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.CurrentUser;

/**
 * One upload and its import, run in the background, as last recorded in the database: the
 * progress page reads it on any instance, and it survives a crash of the instance that
 * ran it (then {@link State#INTERRUPTED}, with the line up to which rows were applied).
 * Visible to the user who started it, the managers of their cluster and administrators.
 *
 * @param ownerCluster the cluster of the user who started it (null for administrators)
 * @param cluster the cluster of rows that name none
 * @param lastLine every source line up to this one is applied or rejected (committed)
 * @param problems rejected lines (the first {@link ImportReport#MAX_LISTED}); empty in
 * lists
 */
public record ImportJob(String id, String owner, @Nullable String ownerCluster, String fileName, ImportFormat format,
		@Nullable String cluster, List<String> header, State state, long size, long bytes, long rows, long lastLine,
		long createdCount, long updatedCount, long rejectedCount, @Nullable String error, Instant created,
		@Nullable Instant finished, List<ImportReport.LineProblem> problems) {

	public enum State {

		/** A spreadsheet waits for its column mapping. */
		MAPPING,
		/** Running on an instance that renews its heartbeat. */
		RUNNING, DONE, FAILED,
		/** Its instance stopped (crash, kill, restart) before it finished. */
		INTERRUPTED

	}

	public ImportJob {
		header = List.copyOf(header);
		problems = List.copyOf(problems);
	}

	public boolean running() {
		return state == State.RUNNING;
	}

	public boolean interrupted() {
		return state == State.INTERRUPTED;
	}

	/** The outcome so far: final once done, what was committed if interrupted. */
	public @Nullable ImportReport report() {
		if (state != State.DONE && state != State.INTERRUPTED) {
			return null;
		}
		return new ImportReport(rows, createdCount, updatedCount, rejectedCount, problems);
	}

	/** Progress in steps of 5 (for the {@code w-pct-N} classes). */
	public int percent() {
		if (state == State.DONE || state == State.FAILED) {
			return 100;
		}
		if (size <= 0) {
			return 0;
		}
		return (int) Math.min(100, bytes * 20 / size * 5);
	}

	/**
	 * Its owner, the managers of the owner's cluster and administrators; nobody else
	 * learns that it exists.
	 */
	public boolean visibleTo(CurrentUser user) {
		return user.isAdmin() || user.username().equals(owner) || (ownerCluster != null
				&& user.role() == org.kakehashi.shared.Role.CLUSTER_MANAGER && user.managesCluster(ownerCluster));
	}

}
