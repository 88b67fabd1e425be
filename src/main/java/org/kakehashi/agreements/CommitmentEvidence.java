package org.kakehashi.agreements;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.kakehashi.shared.LocalizedText;
import org.springframework.context.MessageSourceResolvable;

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
	 * to it. Its text is a message ({@code key}) with arguments, so each reader sees it
	 * in their language: an argument is plain text (a person's name, a web address), a
	 * number, a {@link LocalizedText} (an event's name) or a
	 * {@link MessageSourceResolvable} (a label with a message of its own, such as a
	 * request type).
	 *
	 * @param path the application path of the record's page, e.g. {@code /posts/42}
	 */
	record EvidenceRecord(LocalDate date, String key, List<Object> arguments, String path) {

		public EvidenceRecord {
			arguments = List.copyOf(arguments);
		}

		public static EvidenceRecord of(LocalDate date, String key, String path, Object... arguments) {
			return new EvidenceRecord(date, key, List.of(arguments), path);
		}

		/** The arguments for one reader: texts in their language, labels as messages. */
		public Object[] argumentsIn(Locale locale) {
			return arguments.stream().map(a -> a instanceof LocalizedText t ? t.in(locale) : a).toArray();
		}

		/**
		 * What the record names, in every language it has: a rule that asks for meetings
		 * at named events looks for the event's name here.
		 */
		public String mentions() {
			return arguments.stream()
				.map(a -> a instanceof LocalizedText t ? String.join(" ", t.values().values()) : String.valueOf(a))
				.collect(Collectors.joining(" "));
		}

	}

}
