package org.kakehashi.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.DemoUsers.as;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.IntegrationTest;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.exchange.InterestExpressed;
import org.kakehashi.exchange.InterestRevealed;
import org.kakehashi.exchange.OpportunityType;
import org.kakehashi.shared.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A request filed for an expression of interest names its requester to the partner
 * cluster only after both sides consented: not on the page, the list, the API, the
 * history, the messages or the mails before; everywhere after.
 */
@IntegrationTest
class ConcealedRequesterIntegrationTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	RequestService requests;

	@Autowired
	RequestParties parties;

	@Autowired
	RequestThread thread;

	@Autowired
	DirectoryService directory;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	GreenMail smtp;

	long interestId;

	EntryRequest request;

	List<String> requesterNames;

	@BeforeEach
	void anInterestOfBiomMemberForwardedToOsaka() {
		interestId = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
		String title = RequestFixtures.uniqueTitle("Interest");
		transactions.executeWithoutResult(tx -> events.publishEvent(new InterestExpressed(interestId, 1,
				OpportunityType.values()[0], new LocalizedText(Map.of("de", title, "en", title, "ja", title)), "biom",
				"obhq", "member.biom", "biom-0001", "Wir möchten mit Ihnen sprechen.")));
		var member = RequestFixtures.user(parties, "member.biom");
		EntryRequest filed = Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> requests.visibleTo(member)
				.stream()
				.filter(r -> r.title().endsWith(title))
				.findFirst()
				.orElse(null), r -> r != null);
		request = RequestFixtures.forwarded(requests, parties, filed);
		requesterNames = List.copyOf(directory.organization("biom-0001").names().values().values());
	}

	@Test
	void thePartnersManagersSeeAMemberOfTheHomeClusterOnPageAndList() throws Exception {
		String page = body(mvc.get().uri("/requests/" + request.id()).with(as(users, "manager.osaka")));
		assertThat(page).contains("requester-concealed").doesNotContain("member.biom");
		requesterNames.forEach(name -> assertThat(page).doesNotContain(name));

		String list = body(mvc.get().uri("/requests").with(as(users, "manager.osaka")));
		String fromRow = list.substring(list.lastIndexOf("<tr", list.indexOf(request.title())));
		String row = fromRow.substring(0, fromRow.indexOf("</tr>"));
		assertThat(row).doesNotContain("member.biom");
		requesterNames.forEach(name -> assertThat(row).doesNotContain(name));
	}

	@Test
	void theApiHidesRequesterFilerHistoryActorAndMessageAuthors() throws Exception {
		thread.post(RequestFixtures.user(parties, "member.biom"), request.id(), "Eine Frage zum Termin.", List.of());

		var detail = assertThat(mvc.get().uri("/api/v1/requests/" + request.id()).with(as(users, "manager.osaka")))
			.hasStatusOk()
			.bodyJson();
		detail.extractingPath("$.requesterConcealed").isEqualTo(true);
		detail.extractingPath("$.requesterOrganization").isNull();
		detail.extractingPath("$.filedBy").isNull();
		detail.extractingPath("$.history[0].actor").isNull();
		detail.extractingPath("$.history[1].actor").isEqualTo("manager.biom");
		assertThat(mvc.get().uri("/api/v1/requests/" + request.id() + "/messages").with(as(users, "manager.osaka")))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$[0].author")
			.isNull();
		assertThat(mvc.get().uri("/api/v1/requests").with(as(users, "manager.osaka"))).bodyJson()
			.extractingPath("$[?(@.id == '" + request.id() + "')].requesterOrganization")
			.asArray()
			.containsExactly((Object) null);
	}

	@Test
	void theHomeClusterAndTheRequesterStillSeeTheNames() throws Exception {
		for (String reader : List.of("manager.biom", "member.biom")) {
			var detail = assertThat(mvc.get().uri("/api/v1/requests/" + request.id()).with(as(users, reader)))
				.hasStatusOk()
				.bodyJson();
			detail.extractingPath("$.requesterConcealed").isEqualTo(false);
			detail.extractingPath("$.requesterOrganization").isEqualTo("biom-0001");
		}
	}

	@Test
	void theMailToThePartnerAboutTheRequestersMessageDoesNotNameThem() {
		thread.post(RequestFixtures.user(parties, "member.biom"), request.id(), "Noch eine Frage.", List.of());

		// the forward mail went to Osaka before; the message's mail is the one that names
		// its writer
		String text = Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> Arrays.stream(smtp.getReceivedMessages())
				.filter(m -> RequestJourneyIntegrationTests.recipient(m).equals("manager.osaka@example.org"))
				.filter(m -> RequestJourneyIntegrationTests.subject(m).contains(request.title()))
				.map(ConcealedRequesterIntegrationTests::content)
				.filter(body -> body.contains("Nachricht") || body.contains("message") || body.contains("メッセージ"))
				.findFirst()
				.orElse(null), body -> body != null);
		assertThat(text).doesNotContain("member.biom").containsAnyOf("Mitglied", "member of", "会員");
	}

	@Test
	void onceBothSidesConsentedThePartnerSeesTheRequester() throws Exception {
		transactions
			.executeWithoutResult(tx -> events.publishEvent(new InterestRevealed(interestId, 1, "biom", "obhq")));

		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(mvc.get().uri("/api/v1/requests/" + request.id()).with(as(users, "manager.osaka")))
						.bodyJson()
						.extractingPath("$.requesterOrganization")
						.isEqualTo("biom-0001"));
		String page = body(mvc.get().uri("/requests/" + request.id()).with(as(users, "manager.osaka")));
		assertThat(page).doesNotContain("requester-concealed").containsAnyOf(requesterNames.toArray(String[]::new));
	}

	private static String content(MimeMessage m) {
		try {
			return (String) m.getContent();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String body(MockMvcRequestBuilder r) throws UnsupportedEncodingException {
		return r.exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
