package org.kakehashi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;
import org.kakehashi.IntegrationTest;
import org.kakehashi.accounts.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The UI speaks German, English and Japanese, chosen by the browser or the user. */
@IntegrationTest
class LanguageIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AccountService accounts;

	@Test
	void theBrowsersLanguageIsTheDefault() {
		assertThat(mvc.get().uri("/login").header("Accept-Language", "ja,en;q=0.5")).bodyText().contains("ログイン");
		assertThat(mvc.get().uri("/login").header("Accept-Language", "de-AT,de;q=0.9")).bodyText().contains("Anmelden");
		assertThat(mvc.get().uri("/login").header("Accept-Language", "fr-FR")).bodyText().contains("Sign in");
	}

	@Test
	void aLanguageSwitchIsRememberedInTheAccount() {
		assertThat(mvc.get().uri("/clusters?lang=ja").with(as(users, "manager.osaka"))).bodyText().contains("クラスター");
		assertThat(mvc.get().uri("/clusters?lang=de").with(as(users, "manager.osaka"))).bodyText().contains("Cluster");

		assertThat(accounts.user("manager.osaka").orElseThrow().locale()).isEqualTo("de");
		mvc.get().uri("/clusters?lang=ja").with(as(users, "manager.osaka")).exchange();
		assertThat(accounts.user("manager.osaka").orElseThrow().locale()).isEqualTo("ja");
	}

	@Test
	void unsupportedLanguagesAreIgnored() {
		assertThat(mvc.get().uri("/login?lang=fr").header("Accept-Language", "de")).bodyText().contains("Anmelden");
	}

	@Test
	void theProfileStoresLanguageAndTimeZoneAndRejectsUnknownZones() {
		assertThat(mvc.post()
			.uri("/profile")
			.with(as(users, "member.kawasaki"))
			.with(csrf())
			.param("locale", "en")
			.param("timeZone", "Mars/Olympus")).hasStatusOk().bodyText().contains("Choose a time zone from the list.");

		assertThat(mvc.post()
			.uri("/profile")
			.with(as(users, "member.kawasaki"))
			.with(csrf())
			.param("locale", "ja")
			.param("timeZone", "Asia/Tokyo")).hasStatus3xxRedirection();
		assertThat(accounts.user("member.kawasaki").orElseThrow().timeZone()).isEqualTo("Asia/Tokyo");
	}

	@Test
	void theProfileNamesTimeZonesInTheReadersLanguage() {
		assertThat(mvc.get().uri("/profile").with(as(users, "member.osaka")).header("Accept-Language", "ja"))
			.hasStatusOk()
			.bodyText()
			.contains(">東京（日本時間）</option>")
			.doesNotContain(">Asia/Tokyo<");
		assertThat(mvc.get().uri("/profile").with(as(users, "member.biom")).header("Accept-Language", "de")).bodyText()
			.contains(">Tokio (Japanische Zeit)</option>");
	}

	@Test
	void eventTimesAreShownInTheEventsZoneAndTheReadersZone() {
		// BIO-Europe 2026 starts 09:00 in Munich = 17:00 in Tokyo.
		var page = mvc.get().uri("/events/bio-europe-2026?lang=ja").with(as(users, "manager.kobe")).exchange();

		assertThat(page).bodyText()
			.contains("2026/11/02 9:00 (中央ヨーロッパ時間)")
			.contains("2026/11/02 17:00 (日本時間)")
			.doesNotContain("Europe/Berlin")
			.doesNotContain("Asia/Tokyo");
	}

	@Test
	void switchingTheLanguageKeepsTheAddress() {
		assertThat(mvc.get().uri("/search?q=Zelltherapie&country=JP").with(as(users, "manager.kawasaki"))).bodyText()
			.contains("href=\"/search?q=Zelltherapie&amp;country=JP&amp;lang=ja\"")
			.contains("href=\"/search?q=Zelltherapie&amp;country=JP&amp;lang=de\"");
		assertThat(mvc.get().uri("/clusters?lang=en").with(as(users, "manager.kawasaki"))).bodyText()
			.contains("href=\"/clusters?lang=ja\"")
			.doesNotContain("lang=en&amp;lang");
	}

}
