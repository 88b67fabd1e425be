package org.kakehashi.requests;

import org.jspecify.annotations.Nullable;

/**
 * A new request as a member (or a manager on a member's behalf) files it.
 *
 * @param requesterOrganization the organisation asking; null means the caller's own
 * organisation
 * @param targetCluster the partner cluster the requester wants to reach
 */
public record FileEntryRequest(RequestType type, String title, String description, String targetCluster,
		@Nullable String requesterOrganization) {
}
