package org.kakehashi.reports.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal grouped bar chart of a {@link ReportTable}, laid out on the server in
 * abstract units (SVG user units on the page, points in the PDF): one group per row, one
 * bar per column. Horizontal because row labels in three languages are long. No
 * JavaScript, no inline styles (CSP): bars are coloured by their series' CSS class.
 */
public record BarChart(int width, int height, List<Bar> bars, List<Label> labels, List<String> series) {

	static final int LABEL_WIDTH = 280;

	static final int PLOT_WIDTH = 260;

	static final int BAR_HEIGHT = 14;

	static final int GAP = 10;

	static final int TOP = 6;

	/**
	 * One bar; {@code textX}/{@code textY} place its value behind it.
	 *
	 * @param series the column it shows (0, 1, ...), for its colour
	 */
	public record Bar(int x, int y, int width, int height, int series, int value, int textX, int textY) {
	}

	/** A row label, right-aligned at {@code x}. */
	public record Label(int x, int y, String text) {
	}

	static BarChart of(ReportTable table) {
		int s = Math.max(1, table.columns().size());
		int group = s * BAR_HEIGHT + GAP;
		int max = Math.max(1,
				table.rows().stream().flatMap(r -> r.values().stream()).mapToInt(Integer::intValue).max().orElse(1));
		List<Bar> bars = new ArrayList<>();
		List<Label> labels = new ArrayList<>();
		for (int i = 0; i < table.rows().size(); i++) {
			ReportTable.Row row = table.rows().get(i);
			int top = TOP + i * group;
			labels.add(new Label(LABEL_WIDTH - 8, top + s * BAR_HEIGHT / 2 + 4, shortened(row.label())));
			for (int k = 0; k < row.values().size(); k++) {
				int v = row.values().get(k);
				int w = (int) Math.round((double) v * PLOT_WIDTH / max);
				if (v > 0 && w == 0) {
					w = 1;
				}
				int y = top + k * BAR_HEIGHT;
				bars.add(new Bar(LABEL_WIDTH, y, w, BAR_HEIGHT - 2, k % 4, v, LABEL_WIDTH + w + 4, y + BAR_HEIGHT - 4));
			}
		}
		return new BarChart(LABEL_WIDTH + PLOT_WIDTH + 40, TOP + table.rows().size() * group, bars, labels,
				table.columns());
	}

	/**
	 * A label that fits the label column: about 46 Latin or 23 CJK characters (the table
	 * below the chart has it in full).
	 */
	static String shortened(String label) {
		int budget = 46;
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < label.length(); i++) {
			char c = label.charAt(i);
			budget -= c >= 0x2E80 ? 2 : 1;
			if (budget < 1 && i < label.length() - 1) {
				return out.append('…').toString();
			}
			out.append(c);
		}
		return out.toString();
	}

	public String viewBox() {
		return "0 0 " + width + " " + height;
	}

}
