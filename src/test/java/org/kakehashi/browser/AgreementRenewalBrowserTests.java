package org.kakehashi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.kakehashi.DemoUsers;
import org.kakehashi.agreements.AgreementDraft;
import org.kakehashi.agreements.AgreementDraft.CommitmentDraft;
import org.kakehashi.agreements.AgreementEditing;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A cluster manager renews an agreement in the browser: pre-filled form, saved, chain
 * linked.
 */
class AgreementRenewalBrowserTests extends BrowserTest {

	@Autowired
	AgreementEditing editing;

	@Test
	void aManagerRenewsALetterOfIntentAndTheChainShowsBoth() {
		String id = "browser-loi-" + Long.toString(System.nanoTime(), 36);
		editing.create(new CurrentUser(0, "manager.lsn", "LSN", Role.CLUSTER_MANAGER, "lsn", null),
				new AgreementDraft(id, "letter-of-intent", Map.of("en", "Browser test letter of intent " + id), null,
						null, LocalDate.of(2016, 1, 1), "YEAR", "Kobe", null, LocalDate.of(2016, 1, 1),
						LocalDate.of(2017, 12, 31), null, List.of("lsn", "fbri"), null,
						List.of(new CommitmentDraft("meetings", Map.of("en", "At least one mutual visit per year."), 1,
								"year", List.of())),
						null));
		Page page = signIn(newPage("en-GB"), DemoUsers.LSN_MANAGER, DemoUsers.PASSWORD);
		page.navigate("/agreements/" + id + "?lang=en");

		page.locator("#renew-agreement").click();

		assertThat(page.locator("#renews-note")).containsText("Browser test letter of intent " + id);
		assertThat(page.locator("#startsOn")).hasValue("2018-01-01");
		assertThat(page.locator("#endsOn")).hasValue("2019-12-31");
		assertThat(page.locator("#c0kind")).hasValue("meetings");
		assertThat(page.locator("#c0minimum")).hasValue("1");
		page.locator("#id").fill(id + "-r");
		page.locator("#signedOn").fill("2018-03-15");
		page.locator("#signedPlace").fill("Kobe");
		screenshot(page, "agreement-renewal-form-en");
		page.locator("#save-agreement").click();

		page.waitForURL("**/agreements/" + id + "-r");
		assertThat(page.locator("#renewal-chain li")).hasCount(2);
		assertThat(page.locator("#agreement-signed")).hasText("March 15, 2018");
		assertThat(page.locator("#commitments li").first()).containsText("At least one mutual visit per year.");
		page.locator("#renewal-chain a").first().click();
		assertThat(page.locator("#agreement-status")).hasText("Renewed");
		screenshot(page, "agreement-renewed-en");
	}

}
