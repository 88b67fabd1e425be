package org.kakehashi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;

import com.microsoft.playwright.Page;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import org.junit.jupiter.api.Test;
import org.kakehashi.accounts.AccountService;
import org.kakehashi.accounts.NewUser;
import org.kakehashi.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 10: a manager switches the TOTP second factor on and signs in with it on a phone
 * (390 px wide), in Japanese; no page is wider than the screen.
 */
class SecondFactorBrowserTests extends BrowserTest {

	private static final String PASSWORD = "amber-lighthouse-kestrel-77";

	@Autowired
	AccountService accounts;

	@Test
	void aManagerSwitchesTheSecondFactorOnAndSignsInWithItOnAPhone() throws Exception {
		String user = "totp.phone." + System.nanoTime();
		accounts.createUser(
				new NewUser(user, "TOTP Phone", null, Role.CLUSTER_MANAGER, "biom", null, PASSWORD, "ja", null),
				"admin");
		Page page = signIn(phone("ja-JP"), user, PASSWORD);

		page.navigate("/profile");
		page.locator("a[href$='/profile/second-factor']").click();
		assertThat(page.locator("img[src^='data:image/png']")).isVisible();
		fitsTheScreen(page);
		screenshot(page, "second-factor-setup-ja-390");
		String secret = page.locator("#totp-secret").innerText().replace(" ", "");
		page.locator("#code").fill(code(secret, 0));
		page.locator("form[action$='/profile/second-factor'] button[type=submit]").click();
		assertThat(page.locator("#recovery-codes li")).hasCount(10);
		fitsTheScreen(page);
		screenshot(page, "second-factor-recovery-codes-ja-390");

		Page later = phone("ja-JP");
		later.navigate("/login");
		later.locator("#username").fill(user);
		later.locator("#password").fill(PASSWORD);
		later.locator("form[action$='/login'] button[type=submit]").click();
		later.waitForURL(url -> url.endsWith("/login/second-factor"));
		assertThat(later.locator("h1")).hasText("二要素認証の確認");
		fitsTheScreen(later);
		screenshot(later, "second-factor-sign-in-ja-390");
		// the step used to switch on is spent; the next one is inside the window
		later.locator("#code").fill(code(secret, 1));
		later.locator("form[action$='/login/second-factor'] button[type=submit]").click();
		later.waitForURL(url -> !url.contains("/login"));
		later.navigate("/profile");
		assertThat(later.locator("#second-factor")).isVisible();
	}

	private Page phone(String language) {
		Page page = newPage(language);
		page.setViewportSize(390, 844);
		return page;
	}

	private static void fitsTheScreen(Page page) {
		Object width = page.evaluate("document.documentElement.scrollWidth");
		org.assertj.core.api.Assertions.assertThat(((Number) width).intValue()).isLessThanOrEqualTo(390);
	}

	private static String code(String secret, int offset) throws Exception {
		long step = Math.floorDiv(Instant.now().getEpochSecond(), 30) + offset;
		return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
	}

}
