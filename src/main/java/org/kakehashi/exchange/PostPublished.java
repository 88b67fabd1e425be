package org.kakehashi.exchange;

/** A post was written or changed; search and notification listeners react to it by id. */
public record PostPublished(long postId, String clusterId, boolean edited) {
}
