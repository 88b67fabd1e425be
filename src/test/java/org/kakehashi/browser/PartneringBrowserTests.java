package org.kakehashi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.kakehashi.DemoUsers;

/**
 * The demo BIO-Europe event from the scheduling desk to a participant's agenda, in
 * Chromium.
 */
class PartneringBrowserTests extends BrowserTest {

	@Test
	void organiserRunsAndPublishesTheDemoScheduleAndAMemberReadsTheirAgenda() {
		Page organiser = signIn(newPage("de-DE"), DemoUsers.BIOM_MANAGER, DemoUsers.PASSWORD);
		// No ?lang=: a chosen language is remembered for the user, and other tests expect
		// the demo users' own.
		organiser.navigate("/events/bio-europe-2026");
		organiser.locator("#schedule-link").click();
		organiser.locator("#seconds").selectOption("2");
		organiser.locator("#start-run").click();

		assertThat(organiser.locator("#run-finished"))
			.isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15000));
		organiser.locator("#show-results").click();
		assertThat(organiser.locator("#placed-table tbody tr").first()).isVisible();
		screenshot(organiser, "partnering-run-de");
		// the demo event may be over by now: then publishing needs the organiser's
		// confirmation
		if (organiser.locator("#after-end").count() > 0) {
			organiser.locator("#after-end").check();
		}
		organiser.locator("#publish").click();
		assertThat(organiser.locator(".alert-success")).containsText("Zeitplan veröffentlicht");

		Page member = signIn(newPage("de-DE"), DemoUsers.BIOM_MEMBER, DemoUsers.PASSWORD);
		member.navigate("/events/bio-europe-2026/agenda");
		assertThat(member.locator("h1")).containsText("Agenda von");
		assertThat(member.locator(".agenda-item").first()).isVisible();
		screenshot(member, "partnering-agenda-de");
	}

}
