package org.kakehashi.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.DemoUsers;
import org.kakehashi.IntegrationTest;
import org.kakehashi.TestClock;
import org.kakehashi.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 10, finding 4: fifty wrong passwords in two seconds, then the right one signed
 * in. Each test signs in from its own documentation address (RFC 5737), so the
 * per-address limit of one test never touches another.
 */
@IntegrationTest
class SignInThrottlingIntegrationTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	private static final String PASSWORD = "violet-harbour-lantern-42";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	/** Time passes only when a test says so, however slow the database. */
	@BeforeEach
	void freezeClock() {
		clock.freeze();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void fiftyWrongPasswordsThenTheRightOneIsRefused() throws Exception {
		String user = aUser();
		String address = anAddress();

		for (int i = 0; i < 50; i++) {
			signIn(user, "wrong-" + i, address);
		}

		signIn(user, PASSWORD, address).andExpect(redirectedUrl("/login?throttled")).andExpect(unauthenticated());
	}

	@Test
	void theRightPasswordIsAcceptedOnceTheDelayHasPassed() throws Exception {
		String user = aUser();
		String address = anAddress();
		for (int i = 0; i < 50; i++) {
			signIn(user, "wrong-" + i, address);
		}

		clock.advance(Duration.ofSeconds(1));

		signIn(user, PASSWORD, address).andExpect(redirectedUrl("/")).andExpect(authenticated().withUsername(user));
	}

	@Test
	void eachFurtherFailureDoublesTheDelay() throws Exception {
		String user = aUser();
		String address = anAddress();
		for (int i = 0; i < 5; i++) {
			signIn(user, "wrong-" + i, address).andExpect(redirectedUrl("/login?error"));
		}
		clock.advance(Duration.ofSeconds(1));
		signIn(user, "wrong-again", address).andExpect(redirectedUrl("/login?error"));

		clock.advance(Duration.ofMillis(1500));
		signIn(user, PASSWORD, address).andExpect(redirectedUrl("/login?throttled"));
		clock.advance(Duration.ofMillis(500));
		signIn(user, PASSWORD, address).andExpect(authenticated().withUsername(user));
	}

	@Test
	void aSuccessfulSignInResetsTheAccountsCounter() throws Exception {
		String user = aUser();
		String address = anAddress();
		for (int i = 0; i < 4; i++) {
			signIn(user, "wrong-" + i, address);
		}
		signIn(user, PASSWORD, address).andExpect(authenticated());

		for (int i = 0; i < 4; i++) {
			signIn(user, "wrong-" + i, address).andExpect(redirectedUrl("/login?error"));
		}

		signIn(user, PASSWORD, address).andExpect(authenticated().withUsername(user));
	}

	@Test
	void anUnknownUserNameIsThrottledTheSameWay() throws Exception {
		String nobody = "nobody." + System.nanoTime();
		String address = anAddress();

		for (int i = 0; i < 5; i++) {
			signIn(nobody, "wrong-" + i, address).andExpect(redirectedUrl("/login?error"));
		}

		signIn(nobody, "wrong-again", address).andExpect(redirectedUrl("/login?throttled"));
	}

	@Test
	void oneAddressGuessingAcrossManyAccountsIsStoppedAfterFiftyFailures() throws Exception {
		String user = aUser();
		String address = anAddress();
		for (int i = 0; i < 50; i++) {
			signIn("spray." + i + "." + System.nanoTime(), "wrong", address).andExpect(redirectedUrl("/login?error"));
		}

		signIn(user, PASSWORD, address).andExpect(redirectedUrl("/login?throttled"));
		signIn(user, PASSWORD, anAddress()).andExpect(authenticated().withUsername(user));
		clock.advance(Duration.ofMinutes(15));
		signIn(user, PASSWORD, address).andExpect(authenticated().withUsername(user));
	}

	@Test
	void theSignInPageSaysToWaitInTheVisitorsLanguage() throws Exception {
		mvc.perform(get("/login?throttled").header("Accept-Language", "de"))
			.andExpect(content()
				.string(Matchers.containsString("Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie")));
		mvc.perform(get("/login?throttled").header("Accept-Language", "en"))
			.andExpect(content().string(Matchers.containsString("Too many failed sign-in attempts. Please wait")));
		mvc.perform(get("/login?throttled").header("Accept-Language", "ja"))
			.andExpect(content().string(Matchers.containsString("ログインの失敗が続いたため")));
	}

	@Test
	void locksAndThrottledAttemptsAreAudited() throws Exception {
		String user = aUser();
		String address = anAddress();
		for (int i = 0; i < 5; i++) {
			signIn(user, "wrong-" + i, address);
		}

		signIn(user, PASSWORD, address);

		assertThat(accounts.history("sign-in", user)).extracting(AuditRecord::action)
			.containsExactly("sign-in.locked", "sign-in.throttled");
		assertThat(accounts.history("sign-in", user).get(0).detail()).contains(address).contains("5 failures");
	}

	@Test
	void wrongApiKeysFromOneAddressAreThrottled() throws Exception {
		String address = anAddress();
		for (int i = 0; i < 50; i++) {
			mvc.perform(get("/api/v1/clusters").header("Authorization", "Bearer wrong-key-" + i).with(from(address)))
				.andExpect(status().isUnauthorized());
		}

		mvc.perform(get("/api/v1/clusters").header("Authorization", "Bearer " + DemoUsers.ADMIN_API_KEY)
			.with(from(address)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.type").value("urn:kakehashi:problem:too-many-requests"));
		mvc.perform(get("/api/v1/clusters").header("Authorization", "Bearer " + DemoUsers.ADMIN_API_KEY)
			.with(from(anAddress()))).andExpect(status().isOk());
		assertThat(accounts.history("api-key", address)).extracting(AuditRecord::action).contains("api-key.locked");
	}

	private ResultActions signIn(String username, String password, String address) throws Exception {
		return mvc.perform(post("/login").param("username", username)
			.param("password", password)
			.with(csrf())
			.with(from(address)));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static String anAddress() {
		return "198.51.100." + ADDRESSES.getAndIncrement();
	}

	private String aUser() {
		String username = "throttle." + System.nanoTime();
		accounts.createUser(new NewUser(username, "Throttle Test", null, Role.FUNDER, null, null, PASSWORD, "en", null),
				"admin");
		return username;
	}

}
