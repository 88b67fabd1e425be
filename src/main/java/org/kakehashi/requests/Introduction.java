package org.kakehashi.requests;

import java.time.Instant;

/** An organisation of the directory introduced to the requester. */
public record Introduction(String organizationId, String introducedBy, Instant at) {
}
