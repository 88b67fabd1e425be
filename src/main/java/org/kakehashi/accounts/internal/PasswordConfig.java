package org.kakehashi.accounts.internal;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing, needed with and without the web server (the command line creates
 * users too).
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfig {

	/**
	 * Argon2id for new hashes; bcrypt hashes still verify, so the algorithm can be raised
	 * later.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		var encoder = new DelegatingPasswordEncoder("argon2", Map.of("argon2",
				Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
		return encoder;
	}

	/** Loaded once: about 30,000 entries, a few hundred kilobytes. */
	@Bean
	PasswordPolicy passwordPolicy() {
		return PasswordPolicy.shipped();
	}

}
