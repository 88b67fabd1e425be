package org.kakehashi.directory;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What an import did: counts, and for each rejected line its number and the reason. Only
 * the first {@link #MAX_LISTED} rejections are listed so a bad 1 GB file cannot exhaust
 * memory.
 */
public record ImportReport(long lines, long created, long updated, long rejected, List<LineProblem> problems) {

	public static final int MAX_LISTED = 1000;

	/**
	 * One rejected line. {@code reason} is English; where the reason has a message
	 * {@code code} (with its {@code args}), pages and the API show it in the reader's
	 * language.
	 */
	public record LineProblem(long line, String reason, @Nullable String code, List<String> args) {

		public LineProblem {
			Objects.requireNonNull(reason, "reason");
			args = List.copyOf(args);
		}

		public LineProblem(long line, String reason) {
			this(line, reason, null, List.of());
		}

		/** The same problem with {@code reason} in another language. */
		public LineProblem withReason(String localized) {
			return new LineProblem(line, localized, code, args);
		}

	}

	public String summary() {
		return "%d lines: %d created, %d updated, %d rejected".formatted(lines, created, updated, rejected);
	}

}
