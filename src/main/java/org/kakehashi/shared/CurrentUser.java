package org.kakehashi.shared;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The signed-in user as the domain sees it: who they are and which cluster and
 * organisation they belong to. Modules decide access with these methods, so the rules
 * read the same everywhere ("a member of one cluster never sees another cluster's private
 * data").
 *
 * @param clusterId the cluster organisation the user belongs to, directly (manager) or
 * through their member organisation (member); null for administrators and funders without
 * a cluster
 */
public record CurrentUser(long id, String username, String displayName, Role role, @Nullable String clusterId,
		@Nullable String organizationId) {

	public CurrentUser {
		Objects.requireNonNull(username, "username");
		Objects.requireNonNull(role, "role");
		if (role == Role.CLUSTER_MANAGER && clusterId == null) {
			throw new IllegalArgumentException("a cluster manager belongs to a cluster");
		}
		if (role == Role.MEMBER && organizationId == null) {
			throw new IllegalArgumentException("a member belongs to an organisation");
		}
	}

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

	/** True for the managers of {@code cluster} (and administrators). */
	public boolean managesCluster(@Nullable String cluster) {
		return isAdmin() || (role == Role.CLUSTER_MANAGER && cluster != null && cluster.equals(clusterId));
	}

	/**
	 * True for anyone inside {@code cluster}: its managers and its members' people (and
	 * administrators).
	 */
	public boolean belongsToCluster(@Nullable String cluster) {
		return isAdmin() || (cluster != null && cluster.equals(clusterId)
				&& (role == Role.CLUSTER_MANAGER || role == Role.MEMBER));
	}

	/** True for the people of {@code organization} itself. */
	public boolean belongsToOrganization(@Nullable String organization) {
		return role == Role.MEMBER && organization != null && organization.equals(organizationId);
	}

}
