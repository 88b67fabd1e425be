package org.kakehashi.directory;

import java.util.List;

/** Receives progress of a long import (lines read so far and bytes read). */
@FunctionalInterface
public interface ImportProgress {

	ImportProgress NONE = (lines, bytes) -> {
	};

	void update(long lines, long bytes);

	/**
	 * Called inside the transaction that writes a batch, after its rows: whatever is
	 * recorded here commits (or rolls back) together with them, so a record of "applied
	 * up to line N" is never ahead of or behind the rows themselves.
	 */
	default void checkpoint(Checkpoint checkpoint) {
	}

	/**
	 * What has been done once a batch commits.
	 *
	 * @param lastLine the last source line handled: every line up to it is written or
	 * rejected
	 * @param lines lines read so far (including blank ones)
	 * @param newProblems rejected lines listed since the previous checkpoint
	 */
	record Checkpoint(long lastLine, long lines, long bytes, long created, long updated, long rejected,
			List<ImportReport.LineProblem> newProblems) {

		public Checkpoint {
			newProblems = List.copyOf(newProblems);
		}

	}

}
