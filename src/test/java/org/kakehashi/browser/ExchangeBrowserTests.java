package org.kakehashi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.kakehashi.DemoUsers;

/**
 * A partner manager posts an update; the other side reads it in their language and
 * answers it.
 */
class ExchangeBrowserTests extends BrowserTest {

	@Test
	void postingAnUpdateThatThePartnerReadsAndAnswersWithoutReload() {
		String title = "Munich update " + UUID.randomUUID().toString().substring(0, 8);
		// In the manager's own language (German): ?lang= would change the language
		// remembered for them.
		Page biom = signIn(newPage("de-DE"), DemoUsers.BIOM_MANAGER, DemoUsers.PASSWORD);
		biom.navigate("/posts");
		biom.locator("#new-post").click();
		biom.locator("#kind").selectOption("regional-update");
		biom.locator("#titleEn").fill(title);
		biom.locator("#bodyEn").fill("Two new cell-therapy start-ups are looking for partners in Kansai.");
		biom.locator("#audience-partners").check();
		biom.locator("input[name=sharedWith][value=obhq]").check();
		biom.locator("#post-submit").click();

		assertThat(biom.locator("#post-title")).hasText(title);
		assertThat(biom.locator("#post-audience")).containsText("Osaka Bio Headquarters");
		screenshot(biom, "post-written-de");
		String postUrl = biom.url();

		Page osaka = signIn(newPage("ja-JP"), "manager.osaka", DemoUsers.PASSWORD);
		osaka.navigate(postUrl.substring(postUrl.indexOf("/posts/")));
		assertThat(osaka.locator("html")).hasAttribute("lang", "ja");
		assertThat(osaka.locator("#post-language")).hasText("英語で記載");
		String before = osaka.url();
		osaka.locator("#comment-body").fill("関西の再生医療企業をご紹介できます。");
		osaka.locator("#comment-question").check();
		osaka.locator("#comment-submit").click();

		assertThat(osaka.locator("#comments .comment-body")).hasText("関西の再生医療企業をご紹介できます。");
		assertThat(osaka.locator("#comments .badge")).hasText("質問");
		org.assertj.core.api.Assertions.assertThat(osaka.url()).isEqualTo(before);
		screenshot(osaka, "post-answered-ja");

		biom.reload();
		assertThat(biom.locator("#readers")).containsText("Demo manager Osaka Bio HQ");
		assertThat(biom.locator("#comments")).containsText("関西の再生医療企業をご紹介できます。");
	}

	@Test
	void anotherClustersManagerDoesNotFindThePrivateUpdate() {
		Page lsn = signIn(newPage("de-DE"), DemoUsers.LSN_MANAGER, DemoUsers.PASSWORD);

		var response = lsn.navigate("/posts/1");

		org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
		lsn.navigate("/posts");
		assertThat(lsn.locator("#post-list")).not().containsText("Neues aus München");
	}

}
