package org.kakehashi.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.LocalizedText;

/**
 * A business opportunity: a structured profile (technology or business offer or request,
 * R&D request) owned by a member organisation or by a cluster. Outside the owner's
 * cluster it is shown anonymously ({@link OpportunityView}) until both sides agree to
 * reveal names.
 *
 * @param keywords technology keywords or thesaurus concept ids
 * @param ownerOrganizationId the owning member organisation, or null when the cluster
 * owns it
 */
public record Opportunity(long id, OpportunityType type, LocalizedText titles, LocalizedText summaries,
		List<String> keywords, @Nullable DevelopmentStage stage, LocalizedText partnerSought,
		@Nullable LocalDate deadline, String ownerClusterId, @Nullable String ownerOrganizationId, String createdBy,
		Instant createdAt, long version) {

	public Opportunity {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(ownerClusterId, "ownerClusterId");
		if (titles.isEmpty()) {
			throw new IllegalArgumentException("an opportunity needs a title in at least one language");
		}
		keywords = List.copyOf(keywords);
	}

	/** The owner's side: the people of the owner's cluster know who owns it. */
	public boolean ownerSide(CurrentUser user) {
		return user.belongsToCluster(ownerClusterId);
	}

	/**
	 * Who may accept or decline interest for the owner: the owning organisation or the
	 * cluster's managers.
	 */
	public boolean answerableBy(CurrentUser user) {
		return user.managesCluster(ownerClusterId) || user.belongsToOrganization(ownerOrganizationId);
	}

}
