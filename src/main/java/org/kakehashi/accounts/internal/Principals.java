package org.kakehashi.accounts.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The signed-in user as they are now: loaded by id on every request (one primary-key
 * query, plus one for a member's organisation), never trusted from a session's or key's
 * snapshot, so changes of role, tenancy or enabled apply from the next request on.
 */
@Component
class Principals {

	private final UserRepository users;

	private final Tenancy tenancy;

	Principals(UserRepository users, Tenancy tenancy) {
		this.users = users;
		this.tenancy = tenancy;
	}

	/** The enabled, not deleted user with this id, without their password hash. */
	Optional<UserPrincipal> current(long id) {
		return users.findPrincipal(id).filter(UserPrincipal::isEnabled).map(p -> {
			UserPrincipal fresh = new UserPrincipal(tenancy.derive(p.currentUser()), null, true);
			return fresh;
		});
	}

	/** For form sign-in: with the password hash, tenancy derived. */
	Optional<UserPrincipal> forSignIn(String username) {
		return users.findPrincipal(username)
			.map(p -> new UserPrincipal(tenancy.derive(p.currentUser()), p.getPassword(), p.isEnabled()));
	}

}
