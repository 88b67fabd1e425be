package org.kakehashi.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.kakehashi.GreenMailInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * Base for tests in real Chromium (Debian's /usr/bin/chromium, driven by Playwright)
 * against the application on a random port. Outside CI a machine without Chromium skips
 * these tests; in CI (CI=true) a missing browser fails them, since .ci/run installs it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = GreenMailInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

	static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

	/** Screenshots land here so a person can look at the pages in all three languages. */
	protected static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	@LocalServerPort
	protected int port;

	private Playwright playwright;

	private Browser browser;

	@BeforeAll
	void launch() {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) || System.getenv("CI") != null,
				"Chromium is not installed at " + CHROMIUM);
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
	}

	@AfterAll
	void close() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	/**
	 * A fresh browser profile (no cookies) whose browser asks for {@code acceptLanguage}.
	 */
	protected Page newPage(String acceptLanguage) {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale(acceptLanguage)
			.setBaseURL("http://localhost:" + port)
			.setViewportSize(1280, 900));
		return context.newPage();
	}

	protected Page signIn(Page page, String username, String password) {
		page.navigate("/login");
		page.locator("#username").fill(username);
		page.locator("#password").fill(password);
		page.locator("form[action$='/login'] button[type=submit]").click();
		page.waitForURL(url -> !url.contains("/login"));
		return page;
	}

	protected void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

}
