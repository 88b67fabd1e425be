package org.kakehashi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.kakehashi.DemoUsers;

/**
 * One entry-portal request followed end to end in Chromium by its three parties: a BioM
 * member files it in German, BioM forwards it to Osaka, Osaka (in Japanese) accepts,
 * introduces and closes it, the member gives feedback; an outsider gets "not found".
 */
class RequestBrowserTests extends BrowserTest {

	@Test
	void memberHomeClusterAndPartnerClusterFollowOneRequest() {
		String title = "Markteintritt Kansai " + UUID.randomUUID().toString().substring(0, 8);

		Page member = signIn(newPage("de-DE"), DemoUsers.BIOM_MEMBER, DemoUsers.PASSWORD);
		member.navigate("/requests/new?lang=de");
		member.locator("#type").selectOption("market-entry");
		member.locator("#targetCluster").selectOption("obhq");
		member.locator("#title").fill(title);
		member.locator("#description").fill("Wir suchen Partner für Antikörper gegen Krebs in Osaka.");
		member.locator("#request-form button[type=submit]").click();
		assertThat(member.locator("#request-state")).hasText("eingereicht");
		String path = member.url().substring(member.url().indexOf("/requests/"));
		screenshot(member, "request-filed-de");

		Page biom = signIn(newPage("de-DE"), DemoUsers.BIOM_MANAGER, DemoUsers.PASSWORD);
		biom.navigate("/requests?lang=de");
		assertThat(biom.locator("#requests")).containsText(title);
		biom.navigate(path);
		assertThat(biom.locator("#clock")).containsText("Mitteleuropäische Zeit");
		biom.locator("#forward-form button").click();
		assertThat(biom.locator("#request-state")).hasText("weitergeleitet");

		Page osaka = signIn(newPage("ja-JP"), "manager.osaka", DemoUsers.PASSWORD);
		osaka.navigate(path + "?lang=ja");
		assertThat(osaka.locator("#clock")).containsText("日本時間");
		osaka.locator("#accept-form button").click();
		assertThat(osaka.locator("#request-state")).hasText("受諾");
		osaka.locator("#start-form button").click();
		osaka.locator("#introduceOthers").selectOption("obhq-0001");
		osaka.locator("#introduce-form button").click();
		assertThat(osaka.locator("#request-state")).hasText("紹介済み");
		osaka.locator("#body").fill("候補企業をご紹介しました。");
		osaka.locator("#message-form button").click();
		osaka.locator("#outcomeSelect").selectOption("meeting-held");
		osaka.locator("#close-form button").click();
		assertThat(osaka.locator("#request-state")).hasText("完了");
		screenshot(osaka, "request-closed-ja");

		member.navigate(path);
		assertThat(member.locator("#introductions li")).hasCount(1);
		assertThat(member.locator("#messages")).containsText("候補企業をご紹介しました。");
		member.locator("#rating").selectOption("5");
		member.locator("#comment").fill("Sehr hilfreich");
		member.locator("#feedback-form button").click();
		assertThat(member.locator("#feedback")).containsText("5 von 5");
		assertThat(member.locator("#history li")).hasCount(7);
		screenshot(member, "request-feedback-de");

		Page outsider = signIn(newPage("en-GB"), DemoUsers.KAWASAKI_MANAGER, DemoUsers.PASSWORD);
		var response = outsider.navigate(path);
		org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
		assertThat(outsider.locator("body")).not().containsText(title);
	}

}
