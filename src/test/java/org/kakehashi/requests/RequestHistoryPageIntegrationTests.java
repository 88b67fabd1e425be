package org.kakehashi.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.DemoUsers.as;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.kakehashi.IntegrationTest;
import org.kakehashi.accounts.AccountService;
import org.kakehashi.directory.DirectoryService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A request's history reads as text in the reader's language: people by name, clusters,
 * agreements and organisations by name, outcomes and ratings translated; no user names,
 * ids or codes.
 */
@IntegrationTest
class RequestHistoryPageIntegrationTests {

	@Autowired
	RequestService requests;

	@Autowired
	RequestParties parties;

	@Autowired
	AccountService accounts;

	@Autowired
	DirectoryService directory;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void everyStepOfTheHistoryIsShownByNameNotByCode() throws Exception {
		var managerBiom = RequestFixtures.user(parties, "manager.biom");
		var managerOsaka = RequestFixtures.user(parties, "manager.osaka");
		EntryRequest r = requests.file(managerBiom, new FileEntryRequest(RequestType.MARKET_ENTRY,
				RequestFixtures.uniqueTitle("History"), "Vertrieb in Kansai", "obhq", "biom-0002"));
		r = requests.act(managerBiom, r.id(), new RequestStep.Forward("obhq"), null);
		r = requests.act(managerOsaka, r.id(), new RequestStep.Accept(), null);
		r = requests.act(managerOsaka, r.id(), new RequestStep.Assign("manager.osaka"), null);
		r = requests.act(managerOsaka, r.id(), new RequestStep.Start(), null);
		r = requests.act(managerOsaka, r.id(), new RequestStep.Introduce(List.of("obhq-0001")), null);
		r = requests.act(managerOsaka, r.id(), new RequestStep.Close(RequestOutcome.values()[0]), null);

		String page = mvc.get()
			.uri("/requests/" + r.id() + "?lang=de")
			.with(as(users, "manager.biom"))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String history = page.substring(page.indexOf("id=\"history\""));
		history = history.substring(0, history.indexOf("</ol>"));

		assertThat(history).doesNotContain("manager.biom", "manager.osaka", "biom-0002", "obhq-0001", "biom-obhq-2022",
				"on behalf of", " / ", RequestOutcome.values()[0].code());
		assertThat(history).contains(accounts.user("manager.biom").orElseThrow().displayName(),
				accounts.user("manager.osaka").orElseThrow().displayName(),
				directory.organization("biom-0002").names().in(Locale.GERMAN),
				directory.organization("obhq-0001").names().in(Locale.GERMAN), "im Namen von");
	}

}
