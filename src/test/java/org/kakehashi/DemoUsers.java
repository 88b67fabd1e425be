package org.kakehashi;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

/**
 * Signs requests in as one of the demo users (README), loaded the way form sign-in loads
 * them.
 */
public final class DemoUsers {

	public static final String ADMIN = "admin";

	public static final String BIOM_MANAGER = "manager.biom";

	public static final String LSN_MANAGER = "manager.lsn";

	public static final String KAWASAKI_MANAGER = "manager.kawasaki";

	public static final String BIOM_MEMBER = "member.biom";

	public static final String LSN_MEMBER = "member.lsn";

	public static final String FUNDER = "funder";

	public static final String ADMIN_API_KEY = "test-admin-api-key";

	public static final String PASSWORD = "kakehashi-demo";

	/** The administrator's password in the test configuration. */
	public static final String ADMIN_PASSWORD = "admin-test-password";

	private DemoUsers() {
	}

	public static RequestPostProcessor as(UserDetailsService users, String username) {
		return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
	}

}
