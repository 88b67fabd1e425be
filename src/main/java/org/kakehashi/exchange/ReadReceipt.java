package org.kakehashi.exchange;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Someone outside the author's cluster opened the post; shown to the author's cluster
 * only.
 */
public record ReadReceipt(String username, @Nullable String clusterId, Instant readAt) {
}
