package org.kakehashi.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.kakehashi.IntegrationTest;
import org.kakehashi.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The account life cycle's pages (issue 10, findings 5 and 6): administrators edit,
 * disable, reset and delete; users change their own password; every new password meets
 * the policy.
 */
@IntegrationTest
class AccountPagesIntegrationTests {

	static final String PASSWORD = "Kirschblüte-über-Hamburg-7";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	GreenMail smtp;

	@Test
	void administratorsCannotCreateUsersWithWeakPasswords() {
		for (String weak : new String[] { "password1234", "aaaaaaaaaaaa", "weak.userweak.user" }) {
			MvcTestResult result = createUser("weak.user", weak, "de");

			assertThat(result).hasStatusOk();
			assertThat(result).bodyText().contains("is-invalid");
			assertThat(accounts.exists("weak.user")).isFalse();
		}
		assertThat(createUser("weak.user", "password1234", "de")).bodyText()
			.contains("Dieses Passwort gehört zu den meistbenutzten");
	}

	@Test
	void aResetLinkIsMailedInTheUsersLanguageAndWorksOnce() throws Exception {
		String username = newUser("ja");

		MvcTestResult sent = mvc.post()
			.uri("/admin/users/" + username + "/password-reset")
			.with(as(userDetails, "admin"))
			.with(csrf())
			.exchange();

		assertThat(sent).redirectedUrl().isEqualTo("/admin/users/" + username);
		MimeMessage mail = Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> find(username + "@example.org", "Kakehashi："), m -> m != null);
		assertThat(mail.getSubject()).isEqualTo("Kakehashi：新しいパスワードの設定");
		Matcher link = Pattern.compile("/password-reset/([A-Za-z0-9_-]+)").matcher((String) mail.getContent());
		assertThat(link.find()).isTrue();
		String path = "/password-reset/" + link.group(1);

		assertThat(mvc.get().uri(path)).hasStatusOk().bodyText().contains("name=\"password\"");
		assertThat(reset(path, "password1234")).hasStatusOk().bodyText().contains("alert-danger");
		assertThat(reset(path, "Neue Passphrase für Kobe 2026")).redirectedUrl().isEqualTo("/login");
		assertThat(reset(path, "Noch eine Passphrase für Kobe")).hasStatusOk()
			.bodyText()
			.doesNotContain("name=\"password\"");
		assertThat(signIn(username, "Neue Passphrase für Kobe 2026")).redirectedUrl().isEqualTo("/");
		assertThat(mvc.get().uri("/password-reset/made-up-token")).hasStatusOk()
			.bodyText()
			.doesNotContain("name=\"password\"");
	}

	@Test
	void usersChangeTheirOwnPasswordOnlyWithTheCurrentOne() {
		String username = newUser("en");

		assertThat(changePassword(username, "wrong current password", "A brand new passphrase 77")).flash()
			.containsEntry("passwordProblem", "password.current.wrong");
		assertThat(changePassword(username, PASSWORD, username + username)).flash()
			.containsEntry("passwordProblem", "password.containsName");
		assertThat(changePassword(username, PASSWORD, "A brand new passphrase 77")).flash()
			.containsEntry("message", "password.changed");
		assertThat(signIn(username, PASSWORD)).redirectedUrl().isEqualTo("/login?error");
		assertThat(signIn(username, "A brand new passphrase 77")).redirectedUrl().isEqualTo("/");
	}

	@Test
	void theAccountPageListsOwnKeysAndRevokesOnlyOwnOnes() {
		String username = newUser("en");
		var admin = accounts.asCurrentUser("admin").orElseThrow();
		long own = accounts.createApiKey(admin, username, "own script").id();
		long foreign = accounts.createApiKey(admin, "funder", "someone else's").id();

		assertThat(mvc.get().uri("/profile").with(as(userDetails, username))).hasStatusOk()
			.bodyText()
			.contains("own script")
			.doesNotContain("someone else");
		assertThat(
				mvc.post().uri("/profile/api-keys/" + foreign + "/revoke").with(as(userDetails, username)).with(csrf()))
			.hasStatus(404);
		assertThat(mvc.post().uri("/profile/api-keys/" + own + "/revoke").with(as(userDetails, username)).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(accounts.apiKeys(admin, "funder")).filteredOn(k -> k.id() == foreign)
			.singleElement()
			.extracting(ApiKeyView::revoked)
			.isEqualTo(false);
		assertThat(accounts.apiKeys(admin, username)).singleElement().extracting(ApiKeyView::revoked).isEqualTo(true);
	}

	@Test
	void administratorsDeleteAnAccountAndItsNameStaysReserved() {
		String username = newUser("de");

		assertThat(mvc.get().uri("/admin/users/" + username).with(as(userDetails, "admin"))).hasStatusOk()
			.bodyText()
			.contains("is never given out again");
		assertThat(mvc.post().uri("/admin/users/" + username + "/delete").with(as(userDetails, "admin")).with(csrf()))
			.redirectedUrl()
			.isEqualTo("/admin/users");

		assertThat(accounts.user(username)).isEmpty();
		assertThat(accounts.exists(username)).isTrue();
		assertThat(signIn(username, PASSWORD)).redirectedUrl().isEqualTo("/login?error");
	}

	@Test
	void onlyAdministratorsReachTheUserPages() {
		String username = newUser("en");

		for (String who : new String[] { "manager.biom", "member.biom", "funder" }) {
			assertThat(mvc.get().uri("/admin/users/" + username).with(as(userDetails, who))).hasStatus(403);
			assertThat(mvc.post().uri("/admin/users/" + username + "/delete").with(as(userDetails, who)).with(csrf()))
				.hasStatus(403);
		}
		assertThat(accounts.user(username)).isPresent();
	}

	private String newUser(String locale) {
		String username = "pages." + System.nanoTime();
		accounts.createUser(new NewUser(username, "Page Test", username + "@example.org", Role.FUNDER, null, null,
				PASSWORD, locale, "UTC"), "test");
		return username;
	}

	private MvcTestResult createUser(String username, String password, String lang) {
		return mvc.post()
			.uri("/admin/users?lang=" + lang)
			.with(as(userDetails, "admin"))
			.with(csrf())
			.param("username", username)
			.param("displayName", "Weak User")
			.param("role", "FUNDER")
			.param("password", password)
			.exchange();
	}

	private MvcTestResult reset(String path, String password) {
		return mvc.post().uri(path).param("password", password).param("repeat", password).with(csrf()).exchange();
	}

	private MvcTestResult changePassword(String username, String current, String next) {
		return mvc.post()
			.uri("/profile/password")
			.with(as(userDetails, username))
			.with(csrf())
			.param("current", current)
			.param("password", next)
			.param("repeat", next)
			.exchange();
	}

	private MvcTestResult signIn(String username, String password) {
		return mvc.post().uri("/login").param("username", username).param("password", password).with(csrf()).exchange();
	}

	private MimeMessage find(String to, String subject) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return to.equals(m.getAllRecipients()[0].toString()) && m.getSubject().startsWith(subject);
			}
			catch (Exception ex) {
				return false;
			}
		}).findFirst().orElse(null);
	}

}
