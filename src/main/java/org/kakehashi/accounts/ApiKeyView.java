package org.kakehashi.accounts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An API key as its owner and administrators see it ({@code GET /api/v1/api-keys}): never
 * the secret, which is shown once when the key is created.
 *
 * @param lastUsed when the key last authenticated a request, to the minute (null: never)
 */
public record ApiKeyView(long id, @Nullable String label, Instant created, @Nullable Instant lastUsed,
		boolean revoked) {
}
