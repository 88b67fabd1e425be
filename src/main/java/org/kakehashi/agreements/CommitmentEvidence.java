package org.kakehashi.agreements;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What other modules contribute to checking commitments: the records that show a
 * commitment kept. The exchange module reports posts (regular updates), events reports
 * meetings held, requests reports handled entry-portal requests. Agreements collects
 * every bean of this type, so it needs no dependency on those modules.
 */
public interface CommitmentEvidence {

	/** The commitment kinds this source has records for. */
	List<CommitmentKind> kinds();

	/**
	 * Records of {@code kind} between {@code party} and {@code partner} (cluster ids)
	 * with a date in {@code [from, to]}, oldest first.
	 */
	List<EvidenceRecord> records(CommitmentKind kind, String party, String partner, LocalDate from, LocalDate to);

	/**
	 * The records of every kind this source has, by kind. A source whose kinds come from
	 * one query overrides this to run it once.
	 */
	default Map<CommitmentKind, List<EvidenceRecord>> recordsByKind(String party, String partner, LocalDate from,
			LocalDate to) {
		Map<CommitmentKind, List<EvidenceRecord>> byKind = new EnumMap<>(CommitmentKind.class);
		kinds().forEach(kind -> byKind.put(kind, records(kind, party, partner, from, to)));
		return byKind;
	}

	/**
	 * One record behind a commitment's state, e.g. "Meeting at BioJapan 2026" with a link
	 * to it.
	 *
	 * @param path the application path of the record's page, e.g. {@code /posts/42}
	 */
	record EvidenceRecord(LocalDate date, String title, String path) {
	}

}
