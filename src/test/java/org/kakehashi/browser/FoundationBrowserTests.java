package org.kakehashi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.kakehashi.DemoUsers;

/** The foundation's promises, checked in a real browser. */
class FoundationBrowserTests extends BrowserTest {

	@Test
	void clusterManagerReadsTheKawasakiRenewalDateInJapanese() {
		Page page = signIn(newPage("de-DE"), DemoUsers.BIOM_MANAGER, DemoUsers.PASSWORD);

		page.locator("#language-menu").click();
		page.locator("a[data-lang=ja]").click();
		page.navigate("/agreements");
		page.getByText("川崎市・BioM ライフサイエンス分野を中心とした経済交流に関する覚書（更新）").click();

		assertThat(page.locator("html")).hasAttribute("lang", "ja");
		assertThat(page.locator("#agreement-signed")).hasText("2020年2月11日");
		assertThat(page.locator("#agreement-status")).hasText("期限切れ");
		assertThat(page.locator("#renewal-chain li")).hasCount(2);
		screenshot(page, "agreement-biom-kawasaki-ja");
	}

	@Test
	void theGermanNavigationFitsALaptopScreenForEveryRole() {
		for (String user : new String[] { DemoUsers.ADMIN, DemoUsers.BIOM_MANAGER, DemoUsers.BIOM_MEMBER,
				DemoUsers.FUNDER }) {
			Page page = signIn(newPage("de-DE"), user,
					user.equals(DemoUsers.ADMIN) ? DemoUsers.ADMIN_PASSWORD : DemoUsers.PASSWORD);
			page.navigate("/events?lang=de");

			// the user menu (with sign-out) ends inside the 1280 px window, and nothing
			// scrolls
			// sideways
			var menu = page.locator("#user-menu").boundingBox();
			org.assertj.core.api.Assertions.assertThat(menu.x + menu.width).as(user).isLessThanOrEqualTo(1280);
			org.assertj.core.api.Assertions
				.assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
				.as(user)
				.isLessThanOrEqualTo(1280);
			screenshot(page, "nav-de-1280-" + user.replace('.', '-'));
		}
	}

	@Test
	void theChosenLanguageIsRememberedForTheUser() {
		Page first = signIn(newPage("en-US"), DemoUsers.KAWASAKI_MANAGER, DemoUsers.PASSWORD);
		first.navigate("/clusters?lang=de");
		assertThat(first.locator("h1")).hasText("Cluster");

		Page later = signIn(newPage("ja-JP"), DemoUsers.KAWASAKI_MANAGER, DemoUsers.PASSWORD);

		assertThat(later.locator("html")).hasAttribute("lang", "de");
		later.navigate("/clusters?lang=ja");
		assertThat(later.locator("h1")).hasText("クラスター");
	}

	@Test
	void memberOfAnotherClusterIsRefusedTheClusterPrivateContactList() {
		Page page = signIn(newPage("en-GB"), DemoUsers.LSN_MEMBER, DemoUsers.PASSWORD);

		var response = page.navigate("/clusters/biom/contacts");

		org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
		assertThat(page.locator("h1")).hasText("Access denied");
		assertThat(page.locator("body")).not().containsText("@example.org");
		screenshot(page, "contacts-refused-en");
	}

	@Test
	void wrongPasswordIsRefusedWithAMessageInTheBrowsersLanguage() {
		Page page = newPage("ja-JP");
		page.navigate("/login");
		page.locator("#username").fill(DemoUsers.BIOM_MANAGER);
		page.locator("#password").fill("wrong-password");
		page.locator("form[action$='/login'] button[type=submit]").click();

		assertThat(page.locator(".alert-danger")).hasText("ユーザー名またはパスワードが正しくありません。");
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "de", "en", "ja" })
	void everyMainPageIsFullyTranslated(String lang) {
		// The administrator sees every page, contacts included; the tour changes only
		// their language.
		Page page = signIn(newPage(lang), DemoUsers.ADMIN, DemoUsers.ADMIN_PASSWORD);
		for (String path : new String[] { "/", "/clusters", "/clusters/biom", "/organizations",
				"/organizations/obhq-0001", "/organizations/biom-0001/edit", "/agreements",
				"/agreements/biom-obhq-2015", "/events", "/events/bio-europe-2026", "/profile",
				"/clusters/biom/contacts", "/search?q=Zelltherapie", "/admin/search" }) {
			page.navigate(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);

			assertThat(page.locator("html")).hasAttribute("lang", lang);
			org.assertj.core.api.Assertions.assertThat(page.content()).as(path).doesNotContain("??");
			screenshot(page, lang + path.replaceAll("[/?=&]", "_"));
		}
	}

}
