package org.kakehashi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kakehashi.DemoUsers;

/**
 * The personal start page (issue 15) in a real browser, in the users' own languages, on a
 * laptop and a phone; the screenshots are for a person to look at.
 */
class StartPageBrowserTests extends BrowserTest {

	@ParameterizedTest
	@CsvSource({ "member.biom, de-DE", "manager.biom, de-DE", "member.osaka, ja-JP", "manager.osaka, ja-JP" })
	void theStartPageShowsWhatWaitsOnALaptopAndAPhone(String user, String language) {
		Page page = signIn(newPage(language), user, DemoUsers.PASSWORD);
		page.navigate("/");

		assertThat(page.locator("#waiting-sections")).isVisible();
		org.assertj.core.api.Assertions.assertThat(page.content()).as(user).doesNotContain("??");
		org.assertj.core.api.Assertions
			.assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
			.as(user)
			.isLessThanOrEqualTo(1280);
		screenshot(page, "start-" + user.replace('.', '-') + "-" + language.substring(0, 2) + "-1280");
		page.setViewportSize(390, 844);
		assertThat(page.locator("#waiting-sections")).isVisible();
		screenshot(page, "start-" + user.replace('.', '-') + "-" + language.substring(0, 2) + "-390");
	}

}
