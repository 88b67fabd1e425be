package org.kakehashi.directory;

import java.util.List;

/**
 * What an import did: counts, and for each rejected line its number and the reason. Only
 * the first {@link #MAX_LISTED} rejections are listed so a bad 1 GB file cannot exhaust
 * memory.
 */
public record ImportReport(long lines, long created, long updated, long rejected, List<LineProblem> problems) {

	public static final int MAX_LISTED = 1000;

	/** One rejected line. */
	public record LineProblem(long line, String reason) {
	}

	public String summary() {
		return "%d lines: %d created, %d updated, %d rejected".formatted(lines, created, updated, rejected);
	}

}
