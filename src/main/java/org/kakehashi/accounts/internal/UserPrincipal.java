package org.kakehashi.accounts.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * What Spring Security keeps in the session for a signed-in user. Holds only ids and
 * names; access decisions always use the {@link CurrentUser} inside.
 */
final class UserPrincipal implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private final String displayName;

	private final String role;

	private final @Nullable String clusterId;

	private final @Nullable String organizationId;

	private @Nullable String passwordHash;

	private final boolean enabled;

	UserPrincipal(CurrentUser user, @Nullable String passwordHash, boolean enabled) {
		this.id = user.id();
		this.username = user.username();
		this.displayName = user.displayName();
		this.role = user.role().name();
		this.clusterId = user.clusterId();
		this.organizationId = user.organizationId();
		this.passwordHash = passwordHash;
		this.enabled = enabled;
	}

	CurrentUser currentUser() {
		return new CurrentUser(id, username, displayName, Role.valueOf(role), clusterId, organizationId);
	}

	long id() {
		return id;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + role));
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

}
