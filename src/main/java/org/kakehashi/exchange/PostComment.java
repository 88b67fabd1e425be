package org.kakehashi.exchange;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A comment or question of a manager on a post. Comments are written in the commenter's
 * own language; they are not translated.
 *
 * @param clusterId the commenter's cluster
 */
public record PostComment(long id, long postId, String authorUsername, String authorName, @Nullable String clusterId,
		String body, boolean question, Instant createdAt) {
}
