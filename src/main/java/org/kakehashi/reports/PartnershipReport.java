package org.kakehashi.reports;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the partnership of clusters {@code a} and {@code b} achieved: figures per year and
 * for the period asked for (one year, or the whole history). Counts and the agreements'
 * own commitment texts only, never an organisation's name or a request's title, so the
 * same report can go to a funder.
 *
 * @param year the year asked for, or null for the whole history
 * @param years the figures of every year with activity or an agreement in force, oldest
 * first
 * @param shown the figures of the period asked for
 * @param commitments the commitments of the partnership's agreements
 */
public record PartnershipReport(String a, String b, @Nullable Integer year, List<YearFigures> years, YearFigures shown,
		List<CommitmentLine> commitments) {

	public PartnershipReport {
		years = List.copyOf(years);
		commitments = List.copyOf(commitments);
	}

	/** The years of {@link #years}, for choosing one. */
	public List<Integer> yearNumbers() {
		return years.stream().map(YearFigures::year).toList();
	}

}
