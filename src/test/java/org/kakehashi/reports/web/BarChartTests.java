package org.kakehashi.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kakehashi.reports.web.ReportTable.Row;

class BarChartTests {

	static final ReportTable TWO_WAYS = new ReportTable("t", "Meetings", List.of("A → B", "B → A"),
			List.of(new Row("requested", List.of(4, 2)), new Row("held", List.of(1, 0))), true);

	@Test
	void theLongestBarFillsThePlotAndOthersAreToScale() {
		BarChart chart = BarChart.of(TWO_WAYS);

		assertThat(chart.bars()).extracting(BarChart.Bar::width).containsExactly(260, 130, 65, 0);
		assertThat(chart.bars()).extracting(BarChart.Bar::series).containsExactly(0, 1, 0, 1);
		assertThat(chart.bars()).extracting(BarChart.Bar::x).containsOnly(BarChart.LABEL_WIDTH);
		assertThat(chart.labels()).extracting(BarChart.Label::text).containsExactly("requested", "held");
		assertThat(chart.height()).isEqualTo(BarChart.TOP + 2 * (2 * BarChart.BAR_HEIGHT + BarChart.GAP));
	}

	@Test
	void aTableOfZerosDrawsNoBarsAndDividesByNothing() {
		ReportTable zeros = new ReportTable("z", "None", List.of("n"), List.of(new Row("x", List.of(0))), true);

		BarChart chart = BarChart.of(zeros);

		assertThat(chart.bars()).extracting(BarChart.Bar::width).containsExactly(0);
		assertThat(zeros.isEmpty()).isTrue();
	}

	@Test
	void aSmallValueBesideAHugeOneStaysVisible() {
		ReportTable skewed = new ReportTable("s", "Skewed", List.of("n"),
				List.of(new Row("a", List.of(100_000)), new Row("b", List.of(1))), true);

		assertThat(BarChart.of(skewed).bars()).extracting(BarChart.Bar::width).containsExactly(260, 1);
	}

	@Test
	void longLabelsAreShortenedCountingJapaneseCharactersDouble() {
		assertThat(BarChart.shortened("held")).isEqualTo("held");
		assertThat(BarChart.shortened("x".repeat(60))).hasSize(46).endsWith("…");
		assertThat(BarChart.shortened("両".repeat(30))).hasSize(23).endsWith("…");
	}

}
