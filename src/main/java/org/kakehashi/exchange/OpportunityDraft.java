package org.kakehashi.exchange;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.LocalizedText;

/**
 * A new opportunity as a member or manager enters it.
 *
 * @param organizationId the owning member organisation; members always own for their own,
 * managers may leave it empty
 */
public record OpportunityDraft(OpportunityType type, LocalizedText titles, LocalizedText summaries,
		List<String> keywords, @Nullable DevelopmentStage stage, LocalizedText partnerSought,
		@Nullable LocalDate deadline, @Nullable String organizationId) {

	public OpportunityDraft {
		keywords = keywords.stream().map(String::strip).filter(k -> !k.isEmpty()).distinct().toList();
	}

}
