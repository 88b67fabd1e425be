package org.kakehashi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kakehashi.DemoUsers;
import org.kakehashi.accounts.AccountService;
import org.kakehashi.accounts.UserView;
import org.kakehashi.events.EventDraft;
import org.kakehashi.events.EventService;
import org.kakehashi.shared.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pickers of issue 15 on a laptop and a phone, in German and Japanese: time zones on
 * the event form and the guest registration, the offering organisation on the opportunity
 * form. The screenshots show each closed and opened.
 */
class PickerBrowserTests extends BrowserTest {

	@Autowired
	EventService events;

	@Autowired
	AccountService accounts;

	@ParameterizedTest
	@CsvSource({ "manager.biom, de-DE, de, biom, Tokio (Japanische Zeit), kawasaki-0002, Japanische Zeit",
			"manager.osaka, ja-JP, ja, obhq, 東京（日本時間）, biom-0003, 日本時間" })
	void aManagerPicksZonesAndOrganisationsByName(String user, String browser, String lang, String cluster,
			String tokyo, String guest, String tokyoName) {
		String event = upcomingEvent(user, cluster);
		for (int width : new int[] { 1280, 390 }) {
			Page page = newPage(browser);
			page.setViewportSize(width, 900);
			signIn(page, user, DemoUsers.PASSWORD);
			assertThat(page.locator("html")).hasAttribute("lang", lang);

			look(page, "/events/new", "#timeZone", "event-form-" + lang + "-" + width);
			assertThat(page.locator("#timeZone")).hasValue("Europe/Berlin");
			look(page, "/events/" + event + "/participants", "#guestZone", "guest-form-" + lang + "-" + width);
			look(page, "/opportunities/new", "#organization", "opportunity-form-" + lang + "-" + width);
			assertThat(page.locator("#organization option").nth(1)).not().hasAttribute("value", "");

			if (width == 1280) {
				page.navigate("/events/" + event + "/participants");
				page.locator("#organization").fill(guest);
				page.locator("#guestZone").selectOption(new SelectOption().setLabel(tokyo));
				page.locator("#guest-form button[type=submit]").click();
				assertThat(page.locator("#participant-table")).containsText(tokyoName);
			}
		}
	}

	/**
	 * Opens a form, checks that the picker fits the window, and takes its screenshot,
	 * then one with the picker opened as a list.
	 */
	private void look(Page page, String path, String picker, String name) {
		page.navigate(path);
		Locator select = page.locator(picker);
		assertThat(select).isVisible();
		int width = page.viewportSize().width;
		// the picker ends inside the window (the participant table beside it is not this
		// test's concern)
		var box = select.boundingBox();
		org.assertj.core.api.Assertions.assertThat(box.x + box.width)
			.as(path + " at " + width)
			.isLessThanOrEqualTo(width);
		screenshot(page, "picker-" + name);
		select.evaluate("s => { s.size = 12; }");
		select.scrollIntoViewIfNeeded();
		screenshot(page, "picker-" + name + "-open");
		page.reload();
	}

	private String upcomingEvent(String username, String cluster) {
		UserView u = accounts.user(username).orElseThrow();
		String id = "picker-" + cluster + "-" + System.nanoTime();
		LocalDateTime start = LocalDateTime.of(2027, 3, 10, 8, 0);
		events.create(new CurrentUser(u.id(), u.username(), u.displayName(), u.role(), u.cluster(), u.organization()),
				new EventDraft(id, "partnering-conference", null, "Picker test " + id, "ピッカー確認 " + id, null, null, null,
						"Europe/Berlin", start, start.plusHours(10), "ICM", "München", "DE", null, List.of(cluster), 0L)
					.toEvent());
		return id;
	}

}
