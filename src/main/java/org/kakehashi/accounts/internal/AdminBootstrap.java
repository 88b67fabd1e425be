package org.kakehashi.accounts.internal;

import java.security.SecureRandom;
import java.util.Base64;

import org.kakehashi.accounts.AccountService;
import org.kakehashi.accounts.NewUser;
import org.kakehashi.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the initial administrator {@code admin} on first start (docs/interfaces.md):
 * with {@code KAKEHASHI_ADMIN_PASSWORD}, or a random password printed once to the log;
 * and an administrator API key with the value of {@code KAKEHASHI_ADMIN_API_KEY} if that
 * is set.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final AccountService accounts;

	private final String password;

	private final String apiKey;

	AdminBootstrap(AccountService accounts, @Value("${kakehashi.admin.password:}") String password,
			@Value("${kakehashi.admin.api-key:}") String apiKey) {
		this.accounts = accounts;
		this.password = password;
		this.apiKey = apiKey;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!accounts.exists("admin")) {
			String pw = password.isBlank() ? randomPassword() : password;
			// the operator chose this password (or it is random): it is set even where
			// the
			// policy would refuse it, with a warning, so automation relying on it keeps
			// working
			accounts.passwordWeakness(pw, "admin", "Administrator")
				.ifPresent(w -> log.warn("KAKEHASHI_ADMIN_PASSWORD does not meet the password policy ({}); "
						+ "change it on the account page after signing in", w.englishMessage()));
			accounts.createConfiguredUser(
					new NewUser("admin", "Administrator", null, Role.ADMIN, null, null, pw, "en", "UTC"), "system");
			if (password.isBlank()) {
				log.warn("Created administrator 'admin' with generated password: {} (shown once; set "
						+ "KAKEHASHI_ADMIN_PASSWORD to choose it)", pw);
			}
			else {
				log.info("Created administrator 'admin' with the password from KAKEHASHI_ADMIN_PASSWORD");
			}
		}
		if (!apiKey.isBlank()) {
			accounts.ensureApiKey("admin", apiKey);
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
