package org.kakehashi.exchange;

import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.LocalizedText;

/**
 * A member expressed interest in another cluster's opportunity. The requests module turns
 * it into an entry-portal request from {@code fromCluster} to {@code toCluster}; it
 * carries no owner names, since those are revealed only when both sides agree (see
 * {@link ExpressionOfInterest}). The interested member's user and organisation are for
 * the forwarding cluster; the receiving cluster should be shown them only after
 * {@link InterestRevealed}.
 *
 * @param fromCluster the interested member's cluster, which forwards the interest
 * @param toCluster the owner's cluster, which receives it
 */
public record InterestExpressed(long interestId, long opportunityId, OpportunityType type, LocalizedText titles,
		String fromCluster, String toCluster, String interestedUsername, @Nullable String interestedOrganizationId,
		String message) {
}
