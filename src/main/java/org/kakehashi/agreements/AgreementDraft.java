package org.kakehashi.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.LocalizedText;

/**
 * Command: an agreement as a manager or a partner's script entered it, before the rules
 * are checked ({@link AgreementRules}). Page form and API both arrive here, so both get
 * the same checks and the same field names in their errors.
 *
 * @param id the new agreement's id (create only; generated from the parties and year when
 * blank)
 * @param version the version being edited (required for changes, ignored on create)
 */
public record AgreementDraft(@Nullable String id, @Nullable String kind, Map<String, String> titles,
		Map<String, String> summaries, Map<String, String> fullTexts, @Nullable LocalDate signedOn,
		@Nullable String signedPrecision, @Nullable String signedPlace, @Nullable String occasion,
		@Nullable LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable String programme, List<String> parties,
		List<Signatory> signatories, List<CommitmentDraft> commitments, @Nullable Long version) {

	public AgreementDraft {
		titles = titles == null ? Map.of() : titles;
		summaries = summaries == null ? Map.of() : summaries;
		fullTexts = fullTexts == null ? Map.of() : fullTexts;
		parties = parties == null ? List.of() : parties;
		signatories = signatories == null ? List.of() : signatories;
		commitments = commitments == null ? List.of() : commitments;
	}

	/**
	 * One commitment as entered; numbered by its position.
	 *
	 * @param minimum with {@code period}: the rule's minimum records per period; both
	 * blank = no rule
	 */
	public record CommitmentDraft(@Nullable String kind, Map<String, String> text, @Nullable Integer minimum,
			@Nullable String period, List<String> atEvents) {

		public CommitmentDraft {
			text = text == null ? Map.of() : text;
			atEvents = atEvents == null ? List.of() : atEvents;
		}

		public static CommitmentDraft of(Commitment c) {
			CommitmentRule r = c.rule();
			return new CommitmentDraft(c.kind().code(), c.text().values(), r == null ? null : r.minimum(),
					r == null ? null : r.period().code(), r == null ? List.of() : r.atEvents());
		}

	}

	/** The draft of an existing agreement, for editing it. */
	public static AgreementDraft of(Agreement a) {
		return new AgreementDraft(a.id(), a.kind().code(), a.titles().values(), a.summaries().values(),
				a.fullTexts().values(), a.signedOn(), a.signedPrecision().name(), a.signedPlace(), a.occasion(),
				a.startsOn(), a.endsOn(), a.programme(), a.parties(), a.signatories(),
				a.commitments().stream().map(CommitmentDraft::of).toList(), a.version());
	}

	/**
	 * The agreement this draft describes; call only after {@link AgreementRules#check}
	 * found no problem.
	 */
	Agreement toAgreement(String agreementId, @Nullable String renewsId, long atVersion) {
		List<Commitment> list = new java.util.ArrayList<>();
		for (int i = 0; i < commitments.size(); i++) {
			CommitmentDraft c = commitments.get(i);
			CommitmentRule rule = c.minimum() == null ? null
					: new CommitmentRule(c.minimum(), CommitmentPeriod.fromCode(c.period()), c.atEvents());
			list.add(new Commitment(i + 1, CommitmentKind.fromCode(c.kind()), new LocalizedText(c.text()), rule));
		}
		return new Agreement(agreementId, AgreementKind.fromCode(kind), new LocalizedText(titles),
				new LocalizedText(summaries), new LocalizedText(fullTexts), signedOn,
				signedPrecision == null || signedPrecision.isBlank() ? DatePrecision.DAY
						: DatePrecision.valueOf(signedPrecision.strip().toUpperCase(java.util.Locale.ROOT)),
				blankToNull(signedPlace), blankToNull(occasion), startsOn, endsOn, renewsId, blankToNull(programme),
				parties, signatories, list, atVersion);
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
