package org.kakehashi.requests;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One step in a request's history (filed, forwarded, accepted, ..., assigned, feedback),
 * shown as the timeline on the request page. Each is also published as an audit entry.
 */
public record RequestTransition(String action, @Nullable RequestState from, RequestState to, String actor, Instant at,
		@Nullable String detail) {
}
