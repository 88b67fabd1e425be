package org.kakehashi.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.LocalizedText;

/**
 * An opportunity as one reader may see it. For outsiders it is anonymous: the owner's
 * cluster (the region, where interest is routed) is shown, the owning organisation and
 * the person who entered it are not.
 *
 * @param ownerOrganizationId null when anonymous or owned by the cluster
 * @param createdBy null when anonymous
 */
public record OpportunityView(long id, OpportunityType type, LocalizedText titles, LocalizedText summaries,
		List<String> keywords, @Nullable DevelopmentStage stage, LocalizedText partnerSought,
		@Nullable LocalDate deadline, String ownerClusterId, @Nullable String ownerOrganizationId,
		@Nullable String createdBy, boolean anonymous, Instant createdAt, long version) {

	public static OpportunityView of(Opportunity o, boolean namesVisible) {
		return new OpportunityView(o.id(), o.type(), o.titles(), o.summaries(), o.keywords(), o.stage(),
				o.partnerSought(), o.deadline(), o.ownerClusterId(), namesVisible ? o.ownerOrganizationId() : null,
				namesVisible ? o.createdBy() : null, !namesVisible, o.createdAt(), o.version());
	}

}
