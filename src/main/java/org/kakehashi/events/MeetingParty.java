package org.kakehashi.events;

import org.jspecify.annotations.Nullable;

/**
 * One side of a past meeting as other modules see it: who acted for it and for which
 * organisation, without the participant's calendar secret.
 *
 * @param username the account that acted for this side; null for guests
 * @param organizationId the organisation the participant stood for, if any
 * @param clusterId that organisation's cluster when the participant registered
 */
public record MeetingParty(long participantId, @Nullable String username, String displayName,
		@Nullable String organizationId, @Nullable String clusterId) {
}
