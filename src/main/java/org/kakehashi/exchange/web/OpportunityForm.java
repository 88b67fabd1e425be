package org.kakehashi.exchange.web;

import java.time.LocalDate;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import org.kakehashi.exchange.DevelopmentStage;
import org.kakehashi.exchange.OpportunityDraft;
import org.kakehashi.exchange.OpportunityType;
import org.kakehashi.shared.LocalizedText;

/** The opportunity form: one field per UI language, keywords comma-separated. */
record OpportunityForm(@Nullable String type, @Nullable String titleDe, @Nullable String titleEn,
		@Nullable String titleJa, @Nullable String summaryDe, @Nullable String summaryEn, @Nullable String summaryJa,
		@Nullable String keywords, @Nullable String stage, @Nullable String partnerSoughtDe,
		@Nullable String partnerSoughtEn, @Nullable String partnerSoughtJa, @Nullable LocalDate deadline,
		@Nullable String organization) {

	static OpportunityForm empty() {
		return new OpportunityForm(OpportunityType.TECHNOLOGY_OFFER.code(), "", "", "", "", "", "", "", "", "", "", "",
				null, "");
	}

	OpportunityDraft toDraft() {
		return new OpportunityDraft(
				OpportunityType.fromCode(type == null || type.isBlank() ? "technology-offer" : type),
				LocalizedText.ofUi(titleDe, titleEn, titleJa), LocalizedText.ofUi(summaryDe, summaryEn, summaryJa),
				keywords == null ? java.util.List.of() : Arrays.asList(keywords.split(",")),
				stage == null || stage.isBlank() ? null : DevelopmentStage.fromCode(stage),
				LocalizedText.ofUi(partnerSoughtDe, partnerSoughtEn, partnerSoughtJa), deadline, organization);
	}

}
