package org.kakehashi.exchange;

import org.jspecify.annotations.Nullable;

/**
 * A reader wants the weekly digest to include posts of one partner cluster (or any) of
 * one kind (or any).
 *
 * @param clusterId the author cluster, or null for any
 * @param kind the post kind, or null for any
 */
public record Subscription(long id, String username, @Nullable String clusterId, @Nullable PostKind kind) {

	public boolean covers(Post post) {
		return (clusterId == null || clusterId.equals(post.clusterId())) && (kind == null || kind == post.kind());
	}

}
