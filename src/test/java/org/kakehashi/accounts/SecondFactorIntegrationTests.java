package org.kakehashi.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.kakehashi.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.DemoUsers;
import org.kakehashi.IntegrationTest;
import org.kakehashi.TestClock;
import org.kakehashi.accounts.internal.SecondFactors;
import org.kakehashi.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 10: the optional TOTP second factor (RFC 6238) for administrators and cluster
 * managers. Every test creates its own manager and signs in from its own documentation
 * address (RFC 5737, 192.0.2.0/24), so throttle counts never touch other tests; the clock
 * is frozen and moved in whole 30-second steps, never slept on.
 */
@IntegrationTest
class SecondFactorIntegrationTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	private static final String PASSWORD = "amber-lighthouse-kestrel-77";

	private static final Duration STEP = Duration.ofSeconds(30);

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	SecondFactors factors;

	@Autowired
	UserDetailsService users;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void freezeClock() {
		clock.freeze();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void switchingOnNeedsACodeMadeWithTheSecretShown() throws Exception {
		String user = aManager();
		Browser session = signedIn(user, anAddress());
		String secret = enrolmentSecret(session);

		session.perform(post("/profile/second-factor").param("code", wrongCode(secret)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attribute("codeProblem", "totp.code.wrong"))
			.andExpect(model().attributeDoesNotExist("recoveryCodes"));
		assertThat(factors.enabled(accounts.asCurrentUser(user).orElseThrow())).isFalse();

		MvcResult on = session.perform(post("/profile/second-factor").param("code", code(secret, 0)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"recovery-codes\"")))
			.andReturn();

		assertThat(factors.enabled(accounts.asCurrentUser(user).orElseThrow())).isTrue();
		assertThat(recoveryCodes(on)).hasSize(10).doesNotHaveDuplicates();
		assertThat(accounts.history("user", user)).extracting(AuditRecord::action)
			.contains("totp.failed", "totp.enabled");
		// stored encrypted: the secret does not appear in the column
		String stored = jdbc.sql("select totp_secret from app_user where username = ?")
			.param(user)
			.query(String.class)
			.single();
		assertThat(stored).startsWith("v1:").doesNotContain(secret);
		// the page shows the QR code as an image and the key in groups of four
		session.perform(get("/profile/second-factor"))
			.andExpect(model().attributeDoesNotExist("enrolment"))
			.andExpect(content().string(containsString("/profile/second-factor/disable")));
	}

	@Test
	void theSetUpPageShowsAQrCodeAndTheKeyInGroupsOfFour() throws Exception {
		String user = aManager();
		Browser session = signedIn(user, anAddress());

		MvcResult page = session.perform(get("/profile/second-factor"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("src=\"data:image/png;base64,")))
			.andExpect(content().string(containsString("otpauth://totp/" + user + "?secret=")))
			.andExpect(content().string(containsString("issuer=Kakehashi")))
			.andReturn();

		SecondFactors.Enrolment enrolment = (SecondFactors.Enrolment) page.getModelAndView()
			.getModel()
			.get("enrolment");
		assertThat(enrolment.secretInGroups()).matches("[A-Z2-7]{4}( [A-Z2-7]{4})+");
		assertThat(enrolment.uri()).contains("secret=" + enrolment.secret())
			.contains("digits=6")
			.contains("period=30")
			.contains("algorithm=SHA1");
	}

	@Test
	void signInStopsAfterThePasswordUntilTheCodeIsGiven() throws Exception {
		String user = aManager();
		String address = anAddress();
		String secret = switchedOn(user, address);

		Browser session = new Browser();
		signIn(session, user, PASSWORD, address).andExpect(redirectedUrl("/login/second-factor"))
			.andExpect(unauthenticated());
		session.perform(get("/profile")).andExpect(status().is3xxRedirection());
		session.perform(get("/login/second-factor"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("autocomplete=\"one-time-code\"")));

		String parked = session.cookie();
		// on to the page asked for while the code was missing, in a session with a new id
		code(session, code(secret, 0), address).andExpect(redirectedUrl("/profile?continue"))
			.andExpect(authenticated().withUsername(user));
		session.perform(get("/profile")).andExpect(status().isOk());
		assertThat(session.cookie()).isNotNull().isNotEqualTo(parked);
	}

	@Test
	void aParkedSignInExpiresAfterFiveMinutes() throws Exception {
		String user = aManager();
		String address = anAddress();
		String secret = switchedOn(user, address);
		Browser session = new Browser();
		signIn(session, user, PASSWORD, address).andExpect(redirectedUrl("/login/second-factor"));

		clock.advance(Duration.ofMinutes(5));

		session.perform(get("/login/second-factor")).andExpect(redirectedUrl("/login?expired"));
		code(session, code(secret, 0), address).andExpect(redirectedUrl("/login?expired")).andExpect(unauthenticated());
	}

	@Test
	void theCodePageWithoutARightPasswordSendsBackToSignIn() throws Exception {
		mvc.perform(get("/login/second-factor")).andExpect(redirectedUrl("/login?expired"));
		mvc.perform(post("/login/second-factor").param("code", "123456").with(csrf()))
			.andExpect(redirectedUrl("/login?expired"))
			.andExpect(unauthenticated());
	}

	@Test
	void wrongCodesAreRefusedAuditedAndThrottled() throws Exception {
		String user = aManager();
		String address = anAddress();
		String secret = switchedOn(user, address);
		Browser session = new Browser();
		signIn(session, user, PASSWORD, address).andExpect(redirectedUrl("/login/second-factor"));

		for (int i = 0; i < 5; i++) {
			code(session, wrongCode(secret), address).andExpect(redirectedUrl("/login/second-factor?error"))
				.andExpect(unauthenticated());
		}

		// the sixth attempt, even with the right code, waits for the throttle
		code(session, code(secret, 0), address).andExpect(redirectedUrl("/login?throttled"))
			.andExpect(unauthenticated());
		assertThat(accounts.history("user", user)).extracting(AuditRecord::action)
			.containsSubsequence("totp.enabled", "totp.failed", "totp.failed", "totp.failed", "totp.failed",
					"totp.failed");
		assertThat(accounts.history("sign-in", user)).extracting(AuditRecord::action)
			.contains("sign-in.locked", "sign-in.throttled");

		// after the delay, password and code again
		clock.advance(STEP);
		Browser again = new Browser();
		signIn(again, user, PASSWORD, address).andExpect(redirectedUrl("/login/second-factor"));
		code(again, code(secret, 0), address).andExpect(authenticated().withUsername(user));
	}

	@Test
	void aCodeSignsInOnlyOnce() throws Exception {
		String user = aManager();
		String address = anAddress();
		String secret = switchedOn(user, address);
		String now = code(secret, 0);
		Browser first = new Browser();
		signIn(first, user, PASSWORD, address);
		code(first, now, address).andExpect(authenticated().withUsername(user));

		Browser second = new Browser();
		signIn(second, user, PASSWORD, address);
		code(second, now, address).andExpect(redirectedUrl("/login/second-factor?error")).andExpect(unauthenticated());
		// nor an older code still inside the window
		code(second, code(secret, -1), address).andExpect(redirectedUrl("/login/second-factor?error"));

		clock.advance(STEP);
		code(second, code(secret, 0), address).andExpect(authenticated().withUsername(user));
	}

	@Test
	void codesOneStepEitherSideAreAcceptedTwoStepsAwayAreNot() throws Exception {
		String user = aManager();
		String address = anAddress();
		String secret = switchedOn(user, address);
		clock.advance(STEP.multipliedBy(3));
		Browser session = new Browser();
		signIn(session, user, PASSWORD, address);

		code(session, code(secret, -2), address).andExpect(redirectedUrl("/login/second-factor?error"));
		code(session, code(secret, 2), address).andExpect(redirectedUrl("/login/second-factor?error"));
		code(session, code(secret, -1), address).andExpect(authenticated().withUsername(user));

		Browser later = new Browser();
		signIn(later, user, PASSWORD, address);
		code(later, code(secret, 1), address).andExpect(authenticated().withUsername(user));
	}

	@Test
	void aRecoveryCodeSignsInOnce() throws Exception {
		String user = aManager();
		String address = anAddress();
		Browser setUp = signedIn(user, address);
		String secret = enrolmentSecret(setUp);
		List<String> recovery = recoveryCodes(
				setUp.perform(post("/profile/second-factor").param("code", code(secret, 0)).with(csrf())).andReturn());

		Browser session = new Browser();
		signIn(session, user, PASSWORD, address);
		// typed in capitals and with a space instead of the dash: still the same code
		code(session, recovery.get(3).toUpperCase(Locale.ROOT).replace('-', ' '), address)
			.andExpect(authenticated().withUsername(user));
		assertThat(accounts.history("user", user)).extracting(AuditRecord::action).contains("totp.recovery-code-used");
		assertThat(factors.recoveryCodesLeft(accounts.asCurrentUser(user).orElseThrow())).isEqualTo(9);

		Browser again = new Browser();
		signIn(again, user, PASSWORD, address);
		code(again, recovery.get(3), address).andExpect(redirectedUrl("/login/second-factor?error"))
			.andExpect(unauthenticated());
		code(again, recovery.get(4), address).andExpect(authenticated().withUsername(user));
	}

	@Test
	void membersAndFundersAreNotOfferedTheSecondFactor() throws Exception {
		for (String who : List.of(DemoUsers.BIOM_MEMBER, DemoUsers.FUNDER)) {
			mvc.perform(get("/profile").with(as(users, who)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("/profile/second-factor"))));
			mvc.perform(get("/profile/second-factor").with(as(users, who))).andExpect(status().isForbidden());
			mvc.perform(post("/profile/second-factor").param("code", "123456").with(as(users, who)).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(post("/profile/second-factor/disable").param("password", "x")
				.param("code", "123456")
				.with(as(users, who))
				.with(csrf())).andExpect(status().isForbidden());
		}
		assertThat(factors.offered(accounts.asCurrentUser(DemoUsers.BIOM_MEMBER).orElseThrow())).isFalse();
	}

	@Test
	void managersSeeTheOptionOnTheirProfile() throws Exception {
		String user = aManager();
		signedIn(user, anAddress()).perform(get("/profile"))
			.andExpect(content().string(containsString("/profile/second-factor")));
	}

	@Test
	void switchingOffNeedsThePasswordAndACurrentCode() throws Exception {
		String user = aManager();
		String address = anAddress();
		Browser session = signedIn(user, address);
		String secret = enrolmentSecret(session);
		session.perform(post("/profile/second-factor").param("code", code(secret, 0)).with(csrf()));
		clock.advance(STEP);

		session
			.perform(post("/profile/second-factor/disable").param("password", "not-the-password")
				.param("code", code(secret, 0))
				.with(csrf())
				.with(from(address)))
			.andExpect(model().attribute("disableProblem", "totp.disable.failed"));
		session
			.perform(post("/profile/second-factor/disable").param("password", PASSWORD)
				.param("code", wrongCode(secret))
				.with(csrf())
				.with(from(address)))
			.andExpect(model().attribute("disableProblem", "totp.disable.failed"));
		assertThat(factors.enabled(accounts.asCurrentUser(user).orElseThrow())).isTrue();

		session
			.perform(post("/profile/second-factor/disable").param("password", PASSWORD)
				.param("code", code(secret, 0))
				.with(csrf())
				.with(from(address)))
			.andExpect(redirectedUrl("/profile"));

		assertThat(factors.enabled(accounts.asCurrentUser(user).orElseThrow())).isFalse();
		assertThat(accounts.history("user", user)).extracting(AuditRecord::action).contains("totp.disabled");
		Browser next = new Browser();
		signIn(next, user, PASSWORD, address).andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername(user));
	}

	@Test
	void wrongCodesWhenSwitchingOffAreThrottled() throws Exception {
		String user = aManager();
		String address = anAddress();
		Browser session = signedIn(user, address);
		String secret = enrolmentSecret(session);
		session.perform(post("/profile/second-factor").param("code", code(secret, 0)).with(csrf()));
		clock.advance(STEP);
		for (int i = 0; i < 5; i++) {
			session
				.perform(post("/profile/second-factor/disable").param("password", PASSWORD)
					.param("code", wrongCode(secret))
					.with(csrf())
					.with(from(address)))
				.andExpect(model().attribute("disableProblem", "totp.disable.failed"));
		}

		session
			.perform(post("/profile/second-factor/disable").param("password", PASSWORD)
				.param("code", code(secret, 0))
				.with(csrf())
				.with(from(address)))
			.andExpect(model().attribute("disableProblem", "totp.disable.failed"));

		assertThat(factors.enabled(accounts.asCurrentUser(user).orElseThrow())).isTrue();
		assertThat(accounts.history("sign-in", user)).extracting(AuditRecord::action)
			.contains("sign-in.locked", "sign-in.throttled");
	}

	@Test
	void apiKeysAreUnaffected() throws Exception {
		String user = aManager();
		switchedOn(user, anAddress());
		CreatedApiKey key = accounts.createApiKey(accounts.asCurrentUser(user).orElseThrow(), user, "totp test");

		mvc.perform(get("/api/v1/clusters").header("Authorization", "Bearer " + key.key())).andExpect(status().isOk());
	}

	/** Creates a manager, switches the second factor on and moves to the next step. */
	private String switchedOn(String user, String address) throws Exception {
		Browser session = signedIn(user, address);
		String secret = enrolmentSecret(session);
		session.perform(post("/profile/second-factor").param("code", code(secret, 0)).with(csrf()))
			.andExpect(model().attributeExists("recoveryCodes"));
		// the step used to switch on is spent
		clock.advance(STEP);
		return secret;
	}

	private String enrolmentSecret(Browser session) throws Exception {
		MvcResult page = session.perform(get("/profile/second-factor")).andExpect(status().isOk()).andReturn();
		return ((SecondFactors.Enrolment) page.getModelAndView().getModel().get("enrolment")).secret();
	}

	@SuppressWarnings("unchecked")
	private static List<String> recoveryCodes(MvcResult result) {
		return (List<String>) result.getModelAndView().getModel().get("recoveryCodes");
	}

	private Browser signedIn(String user, String address) throws Exception {
		Browser session = new Browser();
		signIn(session, user, PASSWORD, address).andExpect(authenticated().withUsername(user));
		return session;
	}

	private ResultActions signIn(Browser session, String username, String password, String address) throws Exception {
		return session.perform(post("/login").param("username", username)
			.param("password", password)

			.with(csrf())
			.with(from(address)));
	}

	private ResultActions code(Browser session, String code, String address) throws Exception {
		return session.perform(post("/login/second-factor").param("code", code).with(csrf()).with(from(address)));
	}

	/**
	 * The code an authenticator app shows, {@code offset} steps from now: computed with
	 * the library directly, as the app would.
	 */
	private String code(String secret, int offset) throws Exception {
		long step = Math.floorDiv(clock.instant().getEpochSecond(), 30) + offset;
		return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
	}

	/** A code that is none of the three the window accepts. */
	private String wrongCode(String secret) throws Exception {
		List<String> right = List.of(code(secret, -1), code(secret, 0), code(secret, 1));
		for (int i = 0;; i++) {
			String candidate = String.format("%06d", (123456 + i * 7919) % 1_000_000);
			if (!right.contains(candidate)) {
				return candidate;
			}
		}
	}

	/**
	 * The browser's side of a session: Spring Session keeps it in the database and names
	 * it in a cookie, which changes when the session id does (after each sign-in step).
	 */
	private final class Browser {

		private @Nullable Cookie cookie;

		@Nullable String cookie() {
			return cookie == null ? null : cookie.getValue();
		}

		ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
			if (cookie != null) {
				request.cookie(cookie);
			}
			ResultActions actions = mvc.perform(request);
			for (Cookie set : actions.andReturn().getResponse().getCookies()) {
				if (set.getName().contains("SESSION")) {
					cookie = set.getMaxAge() == 0 ? null : set;
				}
			}
			return actions;
		}

	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static String anAddress() {
		return "192.0.2." + ADDRESSES.getAndIncrement();
	}

	private String aManager() {
		String username = "totp." + System.nanoTime();
		accounts.createUser(
				new NewUser(username, "TOTP Test", null, Role.CLUSTER_MANAGER, "biom", null, PASSWORD, "en", null),
				"admin");
		return username;
	}

}
