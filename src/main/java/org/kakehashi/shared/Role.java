package org.kakehashi.shared;

/**
 * What a user may do. A cluster manager belongs to one cluster organisation, a member to
 * one member organisation of a cluster; funders read reports only.
 */
public enum Role {

	ADMIN, CLUSTER_MANAGER, MEMBER, FUNDER;

	/** The Spring Security authority, e.g. {@code ROLE_CLUSTER_MANAGER}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
