package org.kakehashi.agreements;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.kakehashi.agreements.CommitmentEvidence.EvidenceRecord;

/**
 * What the system checks a commitment against: at least {@code minimum} records per
 * {@code period}, e.g. "meet at least once a year at BIO-Europe, BIO International or
 * BioJapan".
 *
 * @param atEvents names of events a record must mention to count (meetings); empty = any
 * record
 */
public record CommitmentRule(int minimum, CommitmentPeriod period, List<String> atEvents) {

	public static final int MAX_MINIMUM = 366;

	public CommitmentRule {
		Objects.requireNonNull(period, "period");
		if (minimum < 1 || minimum > MAX_MINIMUM) {
			throw new IllegalArgumentException("a rule needs a minimum between 1 and " + MAX_MINIMUM);
		}
		atEvents = atEvents.stream().map(String::strip).filter(e -> !e.isEmpty()).toList();
	}

	public static CommitmentRule perYear(int minimum, String... atEvents) {
		return new CommitmentRule(minimum, CommitmentPeriod.YEAR, List.of(atEvents));
	}

	/**
	 * Whether a record counts. Records name their event ("Meeting at BioJapan 2026"), so
	 * a record counts when it mentions one of the named events, in any language and
	 * letter case.
	 */
	public boolean counts(EvidenceRecord record) {
		if (atEvents.isEmpty()) {
			return true;
		}
		String title = record.mentions().toLowerCase(Locale.ROOT);
		return atEvents.stream().anyMatch(e -> title.contains(e.toLowerCase(Locale.ROOT)));
	}

}
