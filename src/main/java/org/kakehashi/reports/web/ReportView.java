package org.kakehashi.reports.web;

import java.util.List;

/**
 * A partnership report ready to show or print in one language.
 *
 * @param period "Year 2026" or "Whole history"
 */
public record ReportView(String title, String period, String aName, String bName, List<ReportTable> tables,
		CommitmentMatrix commitments) {

	/** The commitments of the partnership's agreements with their state per year. */
	public record CommitmentMatrix(String title, String header, List<Integer> years, List<Line> lines) {

		/** One commitment; {@code states} and {@code codes} per year, "–" where none. */
		public record Line(String text, List<String> states, List<String> codes) {
		}

	}

	public boolean isEmpty() {
		return tables.stream().allMatch(ReportTable::isEmpty) && commitments.lines().isEmpty();
	}

}
