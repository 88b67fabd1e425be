package org.kakehashi.agreements.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import org.kakehashi.agreements.AgreementDraft;
import org.kakehashi.agreements.AgreementDraft.CommitmentDraft;
import org.kakehashi.agreements.Signatory;

/**
 * An agreement as automation writes it: the field names of {@link AgreementJson};
 * read-only ones (status, renewedBy, commitment states) are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record AgreementInput(@Nullable String id, @Nullable String kind, @Nullable Map<String, String> title,
		@Nullable Map<String, String> summary, @Nullable Map<String, String> fullText, @Nullable List<String> parties,
		@Nullable LocalDate signed, @Nullable String signedPrecision, @Nullable String signedPlace,
		@Nullable String occasion, @Nullable LocalDate starts, @Nullable LocalDate ends, @Nullable String programme,
		@Nullable List<Signatory> signatories, @Nullable List<CommitmentInput> commitments, @Nullable Long version) {

	@JsonIgnoreProperties(ignoreUnknown = true)
	record CommitmentInput(@Nullable String kind, @Nullable Map<String, String> text, @Nullable RuleInput rule) {
	}

	record RuleInput(@Nullable Integer minimum, @Nullable String period, @Nullable List<String> atEvents) {
	}

	AgreementDraft toDraft(@Nullable String agreementId, @Nullable Long atVersion) {
		return new AgreementDraft(agreementId, kind, title, summary, fullText, signed, signedPrecision, signedPlace,
				occasion, starts, ends, programme, parties, signatories, commitmentDrafts(), atVersion);
	}

	/**
	 * This input over {@code base}: fields given here win, the rest is taken from
	 * {@code base}.
	 */
	AgreementDraft over(AgreementDraft base) {
		return new AgreementDraft(id != null ? id : base.id(), kind != null ? kind : base.kind(),
				title != null ? title : base.titles(), summary != null ? summary : base.summaries(),
				fullText != null ? fullText : base.fullTexts(), signed != null ? signed : base.signedOn(),
				signedPrecision != null ? signedPrecision : base.signedPrecision(),
				signedPlace != null ? signedPlace : base.signedPlace(), occasion != null ? occasion : base.occasion(),
				starts != null ? starts : base.startsOn(), ends != null ? ends : base.endsOn(),
				programme != null ? programme : base.programme(), parties != null ? parties : base.parties(),
				signatories != null ? signatories : base.signatories(),
				commitments != null ? commitmentDrafts() : base.commitments(), null);
	}

	private List<CommitmentDraft> commitmentDrafts() {
		if (commitments == null) {
			return List.of();
		}
		return commitments.stream().map(c -> {
			RuleInput r = c.rule();
			return new CommitmentDraft(c.kind(), c.text(), r == null ? null : r.minimum(),
					r == null ? null : r.period(), r == null || r.atEvents() == null ? List.of() : r.atEvents());
		}).toList();
	}

}
