package org.kakehashi.accounts.web;

import static org.kakehashi.shared.web.AccessRule.any;
import static org.kakehashi.shared.web.AccessRule.delete;
import static org.kakehashi.shared.web.AccessRule.get;
import static org.kakehashi.shared.web.AccessRule.patch;
import static org.kakehashi.shared.web.AccessRule.post;

import java.util.List;

import org.kakehashi.shared.web.AccessRule;
import org.kakehashi.shared.web.AccessRules;
import org.springframework.stereotype.Component;

/**
 * URL rules of sign-in, own account, password reset and user administration (which user:
 * AccountService; others' API keys answer 404). See docs/access.md.
 */
@Component
class AccountsAccessRules implements AccessRules {

	@Override
	public List<AccessRule> api() {
		return List.of(get("/api/v1/users").hasRole("ADMIN"), patch("/api/v1/users/*").hasRole("ADMIN"),
				// API keys: everyone their own (others' keys answer 404, checked in
				// AccountService); ?username= for administrators
				post("/api/v1/api-keys").authenticated(), get("/api/v1/api-keys").authenticated(),
				delete("/api/v1/api-keys/*").authenticated());
	}

	@Override
	public List<AccessRule> web() {
		return List.of(get("/login", "/.well-known/security.txt").permitAll(),
				// password reset by the link mailed to the user: the token is the
				// credential (random, hashed, single use, 1 h)
				any("/password-reset/*").permitAll(),
				// the second sign-in step answers only to a session whose password was
				// right
				// (SecondFactorOnSignIn); the second factor itself only for staff, before
				// /profile/**
				any("/login/second-factor").permitAll(),
				any("/profile/second-factor", "/profile/second-factor/**").hasAnyRole(AccessRule.STAFF),
				any("/profile", "/profile/**").authenticated(),
				any("/admin/users", "/admin/users/**").hasRole("ADMIN"));
	}

}
