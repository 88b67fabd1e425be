package org.kakehashi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.kakehashi.DemoUsers;
import org.kakehashi.directory.Contact;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.directory.OrganizationDocument;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The agreement and organisation forms as a cluster manager in Munich (German) and one in
 * Osaka (Japanese) fill them in: rows added by a plain submit, parties and capacities
 * picked by name, topics by their labels, an error at the row it belongs to; on a laptop
 * and on a phone.
 */
class RowFormsBrowserTests extends BrowserTest {

	@Autowired
	DirectoryService directory;

	@Test
	void aManagerInMunichAddsASignatoryRowAndSavesTheAgreement() {
		String id = "browser-rows-" + Long.toString(System.nanoTime(), 36);
		Page page = signIn(newPage("de-DE"), DemoUsers.BIOM_MANAGER, DemoUsers.PASSWORD);
		page.navigate("/agreements/new");
		page.locator("#id").fill(id);
		page.locator("#titleDe").fill("Browser-Test Zeilen " + id);
		page.locator("#party-obhq").check();
		page.locator("#s0name").fill("Prof. Dr. Test");
		page.locator("#s0function").fill("Geschäftsführer");
		page.locator("#s0party").selectOption("biom");
		page.locator("#s1name").fill("Dr. Osaka");
		page.locator("#s1party").selectOption("obhq");

		page.locator("#add-signatory").click();

		assertThat(page.locator("#s2name")).isFocused();
		assertThat(page.locator("#s1name")).hasValue("Dr. Osaka");
		assertThat(page.locator("#party-obhq")).isChecked();
		page.locator("#s2name").fill("Konsul");
		page.locator("#s2capacity").selectOption("WITNESS");
		screenshot(page, "agreement-signatories-de-1280");
		onAPhone(page, "agreement-signatories-de-390");
		page.locator("#save-agreement").click();

		page.waitForURL("**/agreements/" + id);
		assertThat(page.locator("body")).containsText("Konsul");
		assertThat(page.locator("body")).containsText("Zeuge");
	}

	@Test
	void aManagerInOsakaPicksTopicsByTheirJapaneseLabelsAndFixesAContactRow() {
		String id = "browser-topics-" + Long.toString(System.nanoTime(), 36);
		directory.save(new CurrentUser(0, "admin", "Admin", Role.ADMIN, null, null),
				new OrganizationDocument(id, "academia", "JP", "Osaka", "obhq", null, Map.of("ja", "ブラウザ試験研究所"), null,
						List.of("regenerative-medicine"), List.of(), null,
						List.of(new Contact("佐藤 一郎", "sato@example.org", "所長")), 0L),
				true);
		Page page = signIn(newPage("ja-JP"), "manager.osaka", DemoUsers.PASSWORD);
		page.navigate("/organizations/" + id + "/edit");
		assertThat(page.locator("label[for=topic-regenerative-medicine]")).hasText("再生医療");
		assertThat(page.locator("#topic-regenerative-medicine")).isChecked();

		page.locator("#topicQuery").fill("細胞治療");
		// the search answers with a new page: wait for it, or the fills below land on the
		// old one
		page.waitForResponse(r -> "POST".equals(r.request().method()), () -> page.locator("#find-topics").click());
		page.waitForLoadState();
		assertThat(page.locator("#topicQuery")).isFocused();
		page.locator("#topic-cell-therapy").check();
		page.locator("#contact1-name").fill("山田 花子");
		page.locator("#contact1-email").fill("hanako-at-example.org");
		page.locator("#save-organization").click();

		assertThat(page.locator("#contact1-email-error")).hasText("有効なメールアドレスを入力してください。");
		assertThat(page.locator("#contact1-name")).hasValue("山田 花子");
		assertThat(page.locator("#topic-cell-therapy")).isChecked();
		screenshot(page, "organization-form-ja-1280");
		onAPhone(page, "organization-form-ja-390");
		page.locator("#contact1-email").fill("hanako@example.org");
		page.locator("#save-organization").click();

		page.waitForURL("**/organizations/" + id);
		assertThat(page.locator("body")).containsText("山田 花子");
		assertThat(page.locator("body")).containsText("細胞治療");
		assertThat(page.locator("body")).containsText("再生医療");
	}

	/** A screenshot 390 px wide, where nothing may scroll sideways; then back to 1280. */
	private void onAPhone(Page page, String name) {
		page.setViewportSize(390, 844);
		org.assertj.core.api.Assertions
			.assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
			.as(name)
			.isLessThanOrEqualTo(390);
		screenshot(page, name);
		page.setViewportSize(1280, 900);
	}

}
