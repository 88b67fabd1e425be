package org.kakehashi.agreements.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.kakehashi.agreements.Agreement;
import org.kakehashi.agreements.AgreementService.AgreementView;
import org.kakehashi.agreements.CommitmentEvidence.EvidenceRecord;
import org.kakehashi.agreements.CommitmentRule;
import org.kakehashi.agreements.CommitmentStatus;
import org.kakehashi.agreements.Signatory;

/**
 * An agreement as automation reads it (docs/interfaces.md: parties, signed, renews,
 * commitments[].kind/state).
 */
record AgreementJson(String id, String kind, Map<String, String> title, Map<String, String> summary,
		Map<String, String> fullText, List<String> parties, @Nullable LocalDate signed, String signedPrecision,
		@Nullable String signedPlace, @Nullable String occasion, @Nullable LocalDate starts, @Nullable LocalDate ends,
		@Nullable String renews, List<String> renewedBy, @Nullable String programme, String status,
		List<Signatory> signatories, List<CommitmentJson> commitments, long version) {

	/**
	 * A commitment with its rule and its state in the current period, with the records
	 * behind it.
	 */
	record CommitmentJson(int number, String kind, Map<String, String> text, @Nullable RuleJson rule, String state,
			String reason, @Nullable LocalDate periodStart, @Nullable LocalDate periodEnd, int required, int count,
			List<RecordJson> records, @Nullable AssessmentJson assessment) {
	}

	record RuleJson(int minimum, String period, List<String> atEvents) {

		static @Nullable RuleJson of(@Nullable CommitmentRule r) {
			return r == null ? null : new RuleJson(r.minimum(), r.period().code(), r.atEvents());
		}

	}

	record RecordJson(LocalDate date, String title, String path) {
	}

	record AssessmentJson(String verdict, String note, String by) {
	}

	static AgreementJson of(AgreementView view, List<CommitmentStatus> statuses,
			Function<EvidenceRecord, String> text) {
		Agreement a = view.agreement();
		return new AgreementJson(a.id(), a.kind().code(), a.titles().values(), a.summaries().values(),
				a.fullTexts().values(), a.parties(), a.signedOn(), a.signedPrecision().name().toLowerCase(Locale.ROOT),
				a.signedPlace(), a.occasion(), a.startsOn(), a.endsOn(), a.renewsId(), view.renewedBy(), a.programme(),
				view.status().code(), a.signatories(), statuses.stream().map(st -> commitment(st, text)).toList(),
				a.version());
	}

	private static CommitmentJson commitment(CommitmentStatus s, Function<EvidenceRecord, String> text) {
		var c = s.commitment();
		var period = s.period();
		var assessment = s.assessment();
		return new CommitmentJson(c.number(), c.kind().code(), c.text().values(), RuleJson.of(c.rule()),
				s.state().code(), s.reason().code(), period == null ? null : period.from(),
				period == null ? null : period.to(), s.required(), s.count(),
				s.records().stream().map(r -> new RecordJson(r.date(), text.apply(r), r.path())).toList(),
				assessment == null ? null
						: new AssessmentJson(assessment.verdict().code(), assessment.note(), assessment.assessedBy()));
	}

}
