package org.kakehashi.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.DemoUsers.as;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.kakehashi.IntegrationTest;
import org.kakehashi.agreements.CommitmentEvidence;
import org.kakehashi.agreements.CommitmentKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * One request followed end to end in the browser's way (forms and pages) by its three
 * parties: member.biom files, BioM forwards to Osaka, Osaka accepts, works, introduces
 * and closes, the member gives feedback. Mails go to the right people in their language.
 */
@IntegrationTest
class RequestJourneyIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	RequestService requests;

	@Autowired
	RequestParties parties;

	@Autowired
	List<CommitmentEvidence> evidence;

	@Autowired
	GreenMail smtp;

	@Test
	void memberHomeClusterAndPartnerClusterFollowOneRequestToItsClose() throws Exception {
		String title = RequestFixtures.uniqueTitle("Markteintritt Kansai");

		// the member files with its own cluster
		var filed = mvc.post()
			.uri("/requests")
			.with(as(users, "member.biom"))
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.param("type", "market-entry")
			.param("title", title)
			.param("description", "Wir suchen Partner für Antikörper gegen Krebs (Onkologie) in Osaka.")
			.param("targetCluster", "obhq")
			.exchange();
		assertThat(filed).hasStatus(302);
		String path = filed.getMvcResult().getResponse().getRedirectedUrl();
		String id = path.substring("/requests/".length());
		assertThat(mvc.get().uri(path).with(as(users, "member.biom")).header("Accept-Language", "de")).hasStatusOk()
			.bodyText()
			.contains(title)
			.contains("eingereicht")
			.doesNotContain("forward-form");

		// BioM's manager sees it due in the inbox and forwards it to Osaka
		assertThat(mvc.get().uri(path).with(as(users, "manager.biom"))).hasStatusOk()
			.bodyText()
			.contains("forward-form");
		step(id, "manager.biom", "action", "forward", "partnerCluster", "obhq");
		assertThat(requests.request(RequestFixtures.user(parties, "manager.biom"), id).state())
			.isEqualTo(RequestState.FORWARDED);

		// Osaka accepts, starts, assigns, introduces and closes
		assertThat(mvc.get().uri(path).with(as(users, "manager.osaka")).header("Accept-Language", "ja")).hasStatusOk()
			.bodyText()
			.contains("accept-form")
			.contains("decline-form")
			.doesNotContain("forward-form");
		step(id, "manager.osaka", "action", "accept");
		step(id, "manager.osaka", "action", "start");
		step(id, "manager.osaka", "action", "assign", "assignee", "manager.osaka");
		assertThat(mvc.get().uri(path).with(as(users, "manager.osaka"))).bodyText()
			.contains("introduce-form")
			.contains("value=\"obhq-");
		String partnerOrg = parties.organization("obhq-0001").orElseThrow().id();
		step(id, "manager.osaka", "action", "introduce", "organizations", partnerOrg);
		step(id, "manager.osaka", "action", "close", "outcome", "meeting-held");

		// the member gives feedback; the timeline shows every step
		step(id, "member.biom", "action", "feedback", "rating", "5", "comment", "Sehr hilfreich");
		EntryRequest closed = requests.request(RequestFixtures.user(parties, "member.biom"), id);
		assertThat(closed.state()).isEqualTo(RequestState.CLOSED);
		assertThat(closed.outcome()).isEqualTo(RequestOutcome.MEETING_HELD);
		assertThat(closed.feedback().rating()).isEqualTo(5);
		assertThat(closed.assignee()).isEqualTo("manager.osaka");
		assertThat(requests.transitions(RequestFixtures.user(parties, "member.biom"), id))
			.extracting(RequestTransition::action)
			.containsExactly("filed", "forward", "accept", "start", "assign", "introduce", "close", "feedback");
		assertThat(mvc.get().uri(path).with(as(users, "member.biom")).header("Accept-Language", "de")).bodyText()
			.contains("Treffen fand statt")
			.contains("5 von 5")
			.contains("Weitergeleitet")
			.contains(parties.organization(partnerOrg).orElseThrow().names().in(Locale.GERMAN));

		// mails: filed -> BioM managers (German), forwarded -> Osaka managers (Japanese),
		// closed -> member
		assertThat(mailTo("manager.biom@example.org", title, "Neue Anfrage: ")).isNotNull();
		assertThat(mailTo("manager.osaka@example.org", title, "転送された依頼：")).isNotNull();
		assertThat(mailTo("member.biom@example.org", title, "Anfrage abgeschlossen: ")).isNotNull();
		// other tests may add managers to BioM or Osaka: they are parties too; nobody
		// else is
		List<String> readers = parties.readers(closed).stream().map(u -> u.email()).toList();
		assertThat(readers).contains("manager.biom@example.org", "manager.osaka@example.org", "member.biom@example.org")
			.doesNotContain("manager.kawasaki@example.org", "manager.lsn@example.org", "manager.kobe@example.org",
					"member.osaka@example.org", "funder@example.org", "admin@example.org");
		assertThat(recipientsOf(title)).isNotEmpty().allMatch(readers::contains);

		// the handled request counts toward BioM–Osaka's SME market-entry commitment
		LocalDate today = LocalDate.now();
		assertThat(evidence.stream()
			.filter(e -> e.kinds().contains(CommitmentKind.SME_MARKET_ENTRY))
			.flatMap(e -> e
				.records(CommitmentKind.SME_MARKET_ENTRY, "obhq", "biom", today.minusDays(2), today.plusDays(2))
				.stream()))
			.anyMatch(r -> r.path().equals("/requests/" + id) && !r.mentions().contains(title));
		assertThat(evidence.stream()
			.flatMap(e -> e
				.records(CommitmentKind.TECHNOLOGY_TRANSFER, "obhq", "biom", today.minusDays(2), today.plusDays(2))
				.stream()))
			.noneMatch(r -> r.path().equals("/requests/" + id));
	}

	@Test
	void theStepsOfOtherPartiesAreNotOfferedAndRefused() {
		EntryRequest r = RequestFixtures.aBiomRequestToOsaka(requests, parties, RequestFixtures.uniqueTitle("Refused"));

		assertThat(stepAs(r.id(), "member.biom", "action", "forward", "partnerCluster", "obhq")).hasStatus(403);

		assertThat(requests.request(RequestFixtures.user(parties, "manager.biom"), r.id()).state())
			.isEqualTo(RequestState.SUBMITTED);
		assertThat(RequestAccess.allowedActions(RequestFixtures.user(parties, "member.biom"), r)).isEmpty();
		assertThat(RequestAccess.allowedActions(RequestFixtures.user(parties, "manager.biom"), r))
			.containsExactlyInAnyOrder(RequestStep.Action.FORWARD, RequestStep.Action.ACCEPT,
					RequestStep.Action.DECLINE, RequestStep.Action.ASSIGN);
	}

	private void step(String id, String who, String... params) {
		assertThat(stepAs(id, who, params)).hasStatus(302);
	}

	private MockMvcTester.MockMvcRequestBuilder stepAs(String id, String who, String... params) {
		var request = mvc.post()
			.uri("/requests/" + id + "/steps")
			.with(as(users, who))
			.with(SecurityMockMvcRequestPostProcessors.csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request;
	}

	private MimeMessage mailTo(String to, String title, String subjectStart) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> Arrays.stream(smtp.getReceivedMessages())
				.filter(m -> recipient(m).equals(to) && subject(m).equals(subjectStart + title))
				.findFirst()
				.orElse(null), m -> m != null);
	}

	private List<String> recipientsOf(String title) {
		return Arrays.stream(smtp.getReceivedMessages())
			.filter(m -> subject(m).contains(title))
			.map(RequestJourneyIntegrationTests::recipient)
			.toList();
	}

	static String recipient(MimeMessage m) {
		try {
			return m.getAllRecipients()[0].toString();
		}
		catch (Exception ex) {
			return "";
		}
	}

	static String subject(MimeMessage m) {
		try {
			return m.getSubject();
		}
		catch (Exception ex) {
			return "";
		}
	}

}
