package org.kakehashi.accounts.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kakehashi.accounts.UserView;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.Role;
import org.springframework.stereotype.Component;

/**
 * A member's cluster is their organisation's cluster <em>now</em>: derived from the
 * directory on every read instead of copied at creation (issue 10, finding 7), so moving
 * an organisation moves its people with it from their next request on.
 */
@Component
public class Tenancy {

	private final DirectoryService directory;

	Tenancy(DirectoryService directory) {
		this.directory = directory;
	}

	public CurrentUser derive(CurrentUser user) {
		if (user.role() != Role.MEMBER || user.organizationId() == null) {
			return user;
		}
		return new CurrentUser(user.id(), user.username(), user.displayName(), user.role(),
				directory.clusterOf(user.organizationId()), user.organizationId());
	}

	public UserView derive(UserView user) {
		return withCluster(user, user.role() == Role.MEMBER && user.organization() != null
				? directory.clusterOf(user.organization()) : user.cluster());
	}

	/** Many users, one directory lookup for all their organisations. */
	public List<UserView> derive(List<UserView> users) {
		Map<String, String> clusters = directory.clustersOf(users.stream()
			.filter(u -> u.role() == Role.MEMBER && u.organization() != null)
			.map(UserView::organization)
			.collect(Collectors.toSet()));
		return users.stream()
			.map(u -> u.role() != Role.MEMBER || u.organization() == null ? u
					: withCluster(u, clusters.get(u.organization())))
			.toList();
	}

	private static UserView withCluster(UserView u, @Nullable String cluster) {
		return new UserView(u.id(), u.username(), u.displayName(), u.email(), u.role(), cluster, u.organization(),
				u.locale(), u.timeZone(), u.enabled());
	}

}
