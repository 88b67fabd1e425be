package org.kakehashi.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.DemoUsers.as;

import java.time.Duration;
import java.util.Arrays;

import com.icegreen.greenmail.util.GreenMail;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.kakehashi.IntegrationTest;
import org.kakehashi.requests.internal.ServiceLevelReminders;
import org.kakehashi.shared.ForbiddenException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The REST contract, attachments, service-level settings and reminders. */
@IntegrationTest
class RequestApiIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	RequestService requests;

	@Autowired
	RequestThread thread;

	@Autowired
	RequestParties parties;

	@Autowired
	RequestClocks clocks;

	@Autowired
	ServiceLevelReminders reminders;

	@Autowired
	GreenMail smtp;

	@Test
	void aMemberFilesAsItselfAndGetsTheRequestBack() {
		String title = RequestFixtures.uniqueTitle("API market entry");

		var result = mvc.post()
			.uri("/api/v1/requests")
			.with(as(users, "member.biom"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"market-entry\",\"title\":\"" + title
					+ "\",\"description\":\"Looking for partners\",\"targetCluster\":\"obhq\"}")
			.exchange();

		assertThat(result).hasStatus(201);
		var json = assertThat(result).bodyJson();
		json.extractingPath("$.title").isEqualTo(title);
		json.extractingPath("$.type").isEqualTo("market-entry");
		json.extractingPath("$.state").isEqualTo("submitted");
		json.extractingPath("$.requesterOrganization").isEqualTo("biom-0001");
		json.extractingPath("$.filedBy").isEqualTo("member.biom");
		json.extractingPath("$.homeCluster").isEqualTo("biom");
		json.extractingPath("$.serviceLevel.respondingCluster").isEqualTo("biom");
		json.extractingPath("$.serviceLevel.zone").isEqualTo("Europe/Berlin");
		String location = result.getMvcResult().getResponse().getHeader("Location");
		assertThat(mvc.get().uri(location).with(as(users, "member.biom"))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.history[0].action")
			.isEqualTo("filed");
	}

	@Test
	void aManagerFilesOnBehalfOfAMemberOfTheirCluster() {
		var result = mvc.post()
			.uri("/api/v1/requests")
			.with(as(users, "manager.biom"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"technology-transfer\",\"title\":\"On behalf\",\"description\":\"d\","
					+ "\"targetCluster\":\"kawasaki\",\"requesterOrganization\":\"biom-0002\"}")
			.exchange();

		assertThat(result).hasStatus(201);
		assertThat(result).bodyJson().extractingPath("$.requesterOrganization").isEqualTo("biom-0002");
		assertThat(result).bodyJson().extractingPath("$.filedBy").isEqualTo("manager.biom");
	}

	@Test
	void aManagerMayNotFileForAnotherClustersMember() {
		assertThat(mvc.post()
			.uri("/api/v1/requests")
			.with(as(users, "manager.lsn"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"other\",\"title\":\"t\",\"description\":\"d\",\"targetCluster\":\"obhq\","
					+ "\"requesterOrganization\":\"biom-0001\"}"))
			.hasStatus(403);
	}

	@Test
	void filingNeedsAPartnerClusterOfTheHomeCluster() {
		assertThat(mvc.post()
			.uri("/api/v1/requests")
			.with(as(users, "member.biom"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"other\",\"title\":\"t\",\"description\":\"d\",\"targetCluster\":\"fbri\"}"))
			.hasStatus(422)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("targetCluster");
	}

	@Test
	void filingRejectsAnUnknownTypeWith422() {
		assertThat(mvc.post()
			.uri("/api/v1/requests")
			.with(as(users, "member.biom"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"marketing\",\"title\":\"t\",\"description\":\"d\",\"targetCluster\":\"obhq\"}"))
			.hasStatus(422)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("type");
	}

	@Test
	void fundersAndAdministratorsCannotFile() {
		String body = "{\"type\":\"other\",\"title\":\"t\",\"description\":\"d\",\"targetCluster\":\"obhq\"}";

		assertThat(mvc.post()
			.uri("/api/v1/requests")
			.with(as(users, "funder"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).hasStatus(403);
		assertThat(mvc.post()
			.uri("/api/v1/requests")
			.with(as(users, "admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).hasStatus(403);
	}

	@Test
	void anIllegalTransitionIs409AndAStepOfAnotherPartyIs403() {
		EntryRequest r = RequestFixtures.aBiomRequestToOsaka(requests, parties, RequestFixtures.uniqueTitle("409"));

		assertThat(transition(r.id(), "manager.biom", "{\"action\":\"start\"}")).hasStatus(409)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:kakehashi:problem:wrong-state");
		assertThat(transition(r.id(), "member.biom", "{\"action\":\"forward\",\"partnerCluster\":\"obhq\"}"))
			.hasStatus(403);
		assertThat(transition(r.id(), "manager.biom", "{\"action\":\"decline\"}")).hasStatus(422)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("reason");
		assertThat(transition(r.id(), "manager.biom", "{\"action\":\"forward\",\"partnerCluster\":\"fbri\"}"))
			.hasStatus(422);
		assertThat(transition(r.id(), "manager.biom",
				"{\"action\":\"forward\",\"partnerCluster\":\"obhq\",\"version\":7}"))
			.hasStatus(409);
		assertThat(transition(r.id(), "manager.biom",
				"{\"action\":\"forward\",\"partnerCluster\":\"obhq\",\"version\":0}"))
			.hasStatus(200)
			.bodyJson()
			.extractingPath("$.agreement")
			.isEqualTo("biom-obhq-2022");
	}

	@Test
	void aDeclineKeepsItsReasonAndTellsTheRequester() {
		EntryRequest r = RequestFixtures.forwarded(requests, parties,
				RequestFixtures.aBiomRequestToOsaka(requests, parties, RequestFixtures.uniqueTitle("Declined")));

		assertThat(transition(r.id(), "manager.osaka", "{\"action\":\"decline\",\"reason\":\"定員に達しました\"}"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.declineReason")
			.isEqualTo("定員に達しました");
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> Arrays.stream(smtp.getReceivedMessages())
				.anyMatch(m -> RequestJourneyIntegrationTests.recipient(m).equals("member.biom@example.org")
						&& RequestJourneyIntegrationTests.subject(m).equals("Anfrage abgelehnt: " + r.title())));
	}

	@Test
	void messagesCarryCheckedAttachmentsOnlyThePartiesCanDownload() {
		EntryRequest r = RequestFixtures.aBiomRequestToOsaka(requests, parties, RequestFixtures.uniqueTitle("Files"));
		byte[] pdf = "%PDF-1.4 test".getBytes();

		assertThat(mvc.post()
			.multipart()
			.uri("/requests/" + r.id() + "/messages")
			.file(new MockMultipartFile("files", "pitch deck.pdf", "application/pdf", pdf))
			.param("body", "Unser Pitch-Deck")
			.with(as(users, "member.biom"))
			.with(SecurityMockMvcRequestPostProcessors.csrf())).hasStatus(302);
		var message = thread.messages(RequestFixtures.user(parties, "manager.biom"), r.id()).get(0);
		String url = "/requests/" + r.id() + "/attachments/" + message.attachments().get(0).id();

		assertThat(message.attachments().get(0).fileName()).isEqualTo("pitch deck.pdf");
		assertThat(mvc.get().uri(url).with(as(users, "manager.biom"))).hasStatusOk()
			.hasContentType("application/pdf")
			.hasBodyTextEqualTo("%PDF-1.4 test");
		assertThat(mvc.get().uri(url).with(as(users, "manager.kawasaki"))).hasStatus(404);
		assertThat(mvc.get().uri(url).with(as(users, "admin"))).hasStatus(404);
	}

	@Test
	void anAttachmentThatIsNotWhatItsNameSaysIsRefused() {
		EntryRequest r = RequestFixtures.aBiomRequestToOsaka(requests, parties,
				RequestFixtures.uniqueTitle("Bad file"));

		assertThat(mvc.post()
			.multipart()
			.uri("/requests/" + r.id() + "/messages")
			.file(new MockMultipartFile("files", "invoice.pdf", "application/pdf", new byte[] { 'M', 'Z', 0, 1 }))
			.param("body", "see attachment")
			.with(as(users, "member.biom"))
			.with(SecurityMockMvcRequestPostProcessors.csrf())).hasStatus(302)
			.flash()
			.containsEntry("error", "request.invalid.attachments");
		assertThat(thread.messages(RequestFixtures.user(parties, "member.biom"), r.id())).isEmpty();
	}

	@Test
	void serviceLevelsAreSetByTheManagersOfTheAgreementsParties() {
		clocks.setFirstResponseDays(RequestFixtures.user(parties, "manager.lsn"), "lsn-fbri-2016", 8);

		assertThat(clocks.firstResponseDays("lsn-fbri-2016")).isEqualTo(8);
		assertThat(clocks.firstResponseDays("no-such-setting")).isEqualTo(5);
		Assertions.assertThatThrownBy(
				() -> clocks.setFirstResponseDays(RequestFixtures.user(parties, "manager.osaka"), "lsn-fbri-2016", 2))
			.isInstanceOf(ForbiddenException.class);
		Assertions
			.assertThatThrownBy(
					() -> clocks.setFirstResponseDays(RequestFixtures.user(parties, "admin"), "lsn-fbri-2016", 2))
			.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void remindersGoOncePerKindToTheRespondingClusterInItsLanguage() {
		EntryRequest r = RequestFixtures.forwarded(requests, parties,
				RequestFixtures.aBiomRequestToOsaka(requests, parties, RequestFixtures.uniqueTitle("Reminder")));
		var due = r.partnerClock().dueAt();

		reminders.remind(due.minusSeconds(3600));
		reminders.remind(due.minusSeconds(60));
		reminders.remind(due.plusSeconds(60));
		reminders.remind(due.plusSeconds(7200));

		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> mails("本日期限：" + r.title() + "への一次回答") == 1 && mails("期限超過：" + r.title() + "への一次回答") == 1);
		// only Osaka's managers (other tests may add some) are reminded, never BioM or
		// the requester
		var osakaManagers = parties.managersOf("obhq").stream().map(u -> u.email()).toList();
		assertThat(Arrays.stream(smtp.getReceivedMessages())
			.filter(m -> RequestJourneyIntegrationTests.subject(m).contains(r.title() + "への一次回答"))
			.map(RequestJourneyIntegrationTests::recipient)).isNotEmpty().allMatch(osakaManagers::contains);
	}

	private long mails(String subject) {
		return Arrays.stream(smtp.getReceivedMessages())
			.filter(m -> RequestJourneyIntegrationTests.recipient(m).equals("manager.osaka@example.org"))
			.filter(m -> RequestJourneyIntegrationTests.subject(m).equals(subject))
			.count();
	}

	private MockMvcTester.MockMvcRequestBuilder transition(String id, String who, String json) {
		return mvc.post()
			.uri("/api/v1/requests/" + id + "/transitions")
			.with(as(users, who))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
	}

}
