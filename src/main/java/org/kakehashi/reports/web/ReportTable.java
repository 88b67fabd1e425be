package org.kakehashi.reports.web;

import java.util.List;

/**
 * One table of a report as the reader sees it, in their language: page, XLSX sheet and
 * PDF table are made from it, and so is its chart, so the three always show the same
 * figures.
 *
 * @param id a stable id (element id, sheet order)
 * @param columns the headers of the value columns (the label column has none)
 * @param charted whether a bar chart of the table is drawn above it
 */
public record ReportTable(String id, String title, List<String> columns, List<Row> rows, boolean charted) {

	public ReportTable {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
	}

	public record Row(String label, List<Integer> values) {

		public Row {
			values = List.copyOf(values);
		}

	}

	public BarChart chart() {
		return BarChart.of(this);
	}

	public boolean isEmpty() {
		return rows.stream().allMatch(r -> r.values().stream().allMatch(v -> v == 0));
	}

}
