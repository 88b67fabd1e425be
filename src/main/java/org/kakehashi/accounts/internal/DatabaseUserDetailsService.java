package org.kakehashi.accounts.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Looks users up for form sign-in. */
@Component
class DatabaseUserDetailsService implements UserDetailsService {

	private final UserRepository users;

	DatabaseUserDetailsService(UserRepository users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return users.findPrincipal(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
	}

}
