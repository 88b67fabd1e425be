package org.kakehashi.accounts;

import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.Role;

/**
 * A user as administrators and automation see it ({@code GET /api/v1/users}): no secrets.
 *
 * @param cluster the cluster the user belongs to, directly or through their organisation
 */
public record UserView(long id, String username, String displayName, @Nullable String email, Role role,
		@Nullable String cluster, @Nullable String organization, @Nullable String locale, @Nullable String timeZone,
		boolean enabled) {
}
