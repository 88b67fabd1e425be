package org.kakehashi.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.LocalizedText;

/**
 * A post of a cluster to its partners: written in one or more languages and either public
 * or shared with chosen partner clusters. {@link #visibleTo} is the one visibility rule
 * every page, the API, the Atom feed and the digest go through.
 *
 * @param clusterId the author's cluster, which owns the post
 * @param sharedWith the partner clusters a non-public post is shared with (empty for
 * public posts)
 */
public record Post(long id, PostKind kind, String clusterId, String authorUsername, String authorName,
		LocalizedText titles, LocalizedText bodies, boolean isPublic, List<String> sharedWith, Instant createdAt,
		Instant updatedAt, long version) {

	public Post {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(clusterId, "clusterId");
		if (titles.isEmpty() || bodies.isEmpty()) {
			throw new IllegalArgumentException("a post needs a title and a text in at least one language");
		}
		if (!isPublic && sharedWith.isEmpty()) {
			throw new IllegalArgumentException("a post that is not public is shared with at least one partner");
		}
		sharedWith = isPublic ? List.of() : List.copyOf(sharedWith);
	}

	/**
	 * Whether {@code reader} may know this post exists: the author's cluster (managers
	 * and members), the people of the clusters it is shared with, and everyone (also
	 * anonymous readers) only if it is public. Administrators see everything, as they do
	 * elsewhere.
	 */
	public boolean visibleTo(@Nullable CurrentUser reader) {
		if (isPublic) {
			return true;
		}
		if (reader == null) {
			return false;
		}
		return reader.belongsToCluster(clusterId) || sharedWith.stream().anyMatch(reader::belongsToCluster);
	}

	/** Managers of the author's cluster edit the post and add attachments. */
	public boolean editableBy(CurrentUser user) {
		return user.managesCluster(clusterId);
	}

	/**
	 * Managers who may comment or ask: those of the author's cluster and of the clusters
	 * the post is shared with; for a public post, the managers of every partner of the
	 * author's cluster.
	 */
	public boolean commentableBy(CurrentUser user, java.util.Set<String> partnersOfAuthor) {
		if (user.managesCluster(clusterId) || sharedWith.stream().anyMatch(user::managesCluster)) {
			return true;
		}
		return isPublic && partnersOfAuthor.stream().anyMatch(user::managesCluster);
	}

	/**
	 * Whether {@code cluster} is one the post was written for: shared with it, or public.
	 */
	public boolean reaches(String cluster) {
		return isPublic || sharedWith.contains(cluster);
	}

}
