package org.kakehashi.reports;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What came of a meeting, an introduction or an opportunity between an organisation and a
 * partner organisation in the other region. Reports count outcomes per kind and direction
 * (from the recording organisation's cluster to the partner's).
 *
 * @param clusterId the organisation's cluster when it was recorded
 * @param partnerClusterId the partner organisation's cluster when it was recorded
 * @param sourceRef the meeting (booking id) or entry-portal request (request id) it
 * answers, when recorded from a follow-up question; null otherwise
 * @param mayBeNamed whether the organisation agreed to be named in reports (reports show
 * counts only so far)
 */
public record CooperationOutcome(long id, OutcomeKind kind, String organizationId, String clusterId,
		String partnerOrganizationId, String partnerClusterId, OutcomeSource source, @Nullable String sourceRef,
		LocalDate happenedOn, boolean mayBeNamed, String recordedBy, Instant recordedAt) {
}
