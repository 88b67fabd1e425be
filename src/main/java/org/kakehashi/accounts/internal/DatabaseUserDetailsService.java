package org.kakehashi.accounts.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Looks users up for form sign-in. */
@Component
class DatabaseUserDetailsService implements UserDetailsService {

	private final Principals principals;

	DatabaseUserDetailsService(Principals principals) {
		this.principals = principals;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return principals.forSignIn(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
	}

}
