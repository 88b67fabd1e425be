package org.kakehashi.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.DemoUsers.as;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.ApiCalls;
import org.kakehashi.IntegrationTest;
import org.kakehashi.TestClock;
import org.kakehashi.accounts.AccountService;
import org.kakehashi.agreements.AgreementService;
import org.kakehashi.agreements.AgreementStatus;
import org.kakehashi.agreements.CommitmentState;
import org.kakehashi.agreements.CommitmentTracking;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.events.EventDraft;
import org.kakehashi.events.EventKind;
import org.kakehashi.events.EventService;
import org.kakehashi.events.MeetingRequestService;
import org.kakehashi.events.RegistrationService;
import org.kakehashi.events.SlotPlan;
import org.kakehashi.exchange.Interests;
import org.kakehashi.exchange.OpportunityDraft;
import org.kakehashi.exchange.OpportunityService;
import org.kakehashi.exchange.OpportunityType;
import org.kakehashi.exchange.PostActivity;
import org.kakehashi.exchange.PostDraft;
import org.kakehashi.exchange.PostKind;
import org.kakehashi.exchange.PostService;
import org.kakehashi.requests.EntryRequest;
import org.kakehashi.requests.FileEntryRequest;
import org.kakehashi.requests.RequestService;
import org.kakehashi.requests.RequestStep;
import org.kakehashi.requests.RequestType;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The start page shows each person what waits for them (issue 15): a member their open
 * requests, meeting requests to answer, next meetings and new partner opportunities; a
 * cluster manager requests waiting for their cluster's response (overdue first),
 * commitments at risk, unread partner posts and interest to route; nothing private of
 * another cluster, and never a concealed requester. The demo data is the fixture; what a
 * test adds has unique names.
 */
@IntegrationTest
class StartPageIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AccountService accounts;

	@Autowired
	RequestService requests;

	@Autowired
	OpportunityService opportunities;

	@Autowired
	Interests interests;

	@Autowired
	PostService posts;

	@Autowired
	PostActivity postActivity;

	@Autowired
	EventService events;

	@Autowired
	RegistrationService registrations;

	@Autowired
	MeetingRequestService meetingRequests;

	@Autowired
	AgreementService agreements;

	@Autowired
	CommitmentTracking tracking;

	@Autowired
	DirectoryService directory;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aMemberSeesTheirOpenRequestsAndNoOtherClusterDoes() {
		String title = unique("Open request");
		requests.file(user("member.biom"), new FileEntryRequest(RequestType.MARKET_ENTRY, title,
				"Wir suchen Vertriebspartner in Kansai.", "obhq", null));

		String mine = section(page("member.biom", "en"), "home-my-requests");

		assertThat(mine).contains("Your open requests").contains(title).contains("submitted");
		assertThat(page("member.lsn", "en")).doesNotContain(title);
		assertThat(page("member.osaka", "en")).doesNotContain(title);
		assertThat(page("manager.lsn", "en")).doesNotContain(title);
	}

	@Test
	void aManagerSeesOverdueRequestsFirstAndOnlyTheirClustersOwn() {
		String title = unique("Overdue request");
		// filed thirty days ago: its home clock ran out long since
		clock.freeze();
		clock.advance(Duration.ofDays(-30));
		EntryRequest late = requests.file(user("member.biom"), new FileEntryRequest(RequestType.PARTNER_SEARCH, title,
				"Wir suchen einen Lohnhersteller.", "kawasaki", null));
		clock.reset();

		String due = section(page("manager.biom", "en"), "home-requests-due");
		String kawasaki = page("manager.kawasaki", "en");
		String lsn = page("manager.lsn", "en");

		assertThat(item(due, title)).contains("overdue").doesNotContain("requester-concealed");
		assertThat(kawasaki).doesNotContain(title);
		assertThat(lsn).doesNotContain(title);
		// its clock stops, so no reminder about it reaches later tests' mailboxes
		requests.act(user("manager.biom"), late.id(), new RequestStep.Accept(), null);
		assertThat(section(page("manager.biom", "en"), "home-requests-due")).doesNotContain(title);
	}

	@Test
	void interestInAPartnersOpportunityReachesItsManagersWithoutNamingTheInterestedMember() {
		String title = unique("Organoid screening");
		List<String> topics = directory.organization("biom-0001").topics();
		long opportunity = opportunities
			.create(user("member.osaka"),
					new OpportunityDraft(OpportunityType.TECHNOLOGY_OFFER, LocalizedText.ofUi(title, title, title),
							LocalizedText.ofUi("Screening mit Organoiden", "Organoid screening", "オルガノイドスクリーニング"),
							topics.isEmpty() ? List.of("organoids") : List.of(topics.get(0)), null,
							LocalizedText.ofUi(null, "A pharma partner", null), null, null))
			.id();

		String offered = section(page("member.biom", "en"), "home-opportunities");
		interests.express(user("member.biom"), opportunity, "Wir möchten mehr erfahren.", false);
		EntryRequest filed = Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> requests.visibleTo(user("member.biom"))
				.stream()
				.filter(r -> r.title().contains(title))
				.findFirst()
				.orElse(null), r -> r != null);
		requests.act(user("manager.biom"), filed.id(), new RequestStep.Forward("obhq"), null);
		String osaka = page("manager.osaka", "en");
		String toRoute = section(osaka, "home-interests");
		String waiting = item(section(osaka, "home-requests-due"), filed.title());

		assertThat(item(offered, title)).contains("from " + directory.cluster("obhq").names().in(Locale.ENGLISH));
		if (!topics.isEmpty()) {
			assertThat(item(offered, title)).contains("matches your topics");
		}
		assertThat(item(toRoute, title)).contains("A member of");
		assertThat(waiting).contains("requester-concealed");
		directory.organization("biom-0001").names().values().values().forEach(name -> {
			assertThat(toRoute).doesNotContain(name);
			assertThat(waiting).doesNotContain(name);
		});
		assertThat(osaka).doesNotContain("member.biom");
		assertThat(page("member.lsn", "en")).doesNotContain(title);
		assertThat(page("manager.lsn", "en")).doesNotContain(title);
		assertThat(page("manager.kawasaki", "en")).doesNotContain(title);
	}

	@Test
	void aPartnersPostStaysOnTheManagersStartPageUntilOpened() {
		String title = unique("Kawasaki news");
		long post = posts
			.create(user("manager.kawasaki"),
					new PostDraft(PostKind.REGIONAL_UPDATE, LocalizedText.ofUi(title, title, title),
							LocalizedText.ofUi("Neues aus Kawasaki.", "News from Kawasaki.", "川崎からのニュース。"), false,
							List.of("biom"), 0))
			.id();

		String unread = section(page("manager.biom", "en"), "home-posts");
		postActivity.open(user("manager.biom"), post);
		String afterReading = section(page("manager.biom", "en"), "home-posts");

		assertThat(item(unread, title)).contains("/posts/" + post);
		assertThat(afterReading).doesNotContain(title);
		assertThat(page("manager.lsn", "en")).doesNotContain(title);
		assertThat(page("member.biom", "en")).doesNotContain("id=\"home-posts\"");
	}

	@Test
	void meetingRequestsWaitForTheReceiversAnswerAndBookedMeetingsComeNext() {
		String event = upcomingEvent();
		var biom = registrations.register(user("member.biom"), event, null);
		registrations.register(user("member.osaka"), event, null);
		var request = meetingRequests.request(user("member.osaka"), event, biom.id(), "Let us meet");

		String toAnswer = section(page("member.biom", "en"), "home-meetings-to-answer");
		String asked = section(page("member.osaka", "en"), "home-meetings-to-answer");
		long slot = meetingRequests.candidateSlots(request).get(0).id();
		meetingRequests.accept(user("member.biom"), request.id(), slot);
		String biomPage = page("member.biom", "en");
		String osakaPage = page("member.osaka", "ja");

		assertThat(item(toAnswer, "/events/" + event + "/requests")).contains("from Demo member (Osaka)");
		assertThat(asked).doesNotContain("/events/" + event + "/");
		assertThat(section(biomPage, "home-meetings-to-answer")).doesNotContain("/events/" + event + "/");
		assertThat(item(section(biomPage, "home-next-meetings"), "/events/" + event + "/agenda"))
			.contains("with Demo member (Osaka)")
			.contains("Table 1");
		assertThat(item(section(osakaPage, "home-next-meetings"), "/events/" + event + "/agenda"))
			.contains("Demo member (BioM)");
		assertThat(biomPage).doesNotContain("member.osaka");
		assertThat(page("member.lsn", "en")).doesNotContain("/events/" + event + "/agenda");
	}

	@Test
	void aManagerSeesTheCommitmentsAtRiskTheAgreementPagesShow() {
		var atRisk = agreements.all("biom")
			.stream()
			.filter(v -> AgreementStatus.IN_FORCE.contains(v.status()))
			.flatMap(v -> tracking.current(v)
				.stream()
				.filter(s -> s.state() == CommitmentState.AT_RISK)
				.map(s -> "/agreements/" + v.agreement().id() + "#commitment-" + s.commitment().number()))
			.toList();

		String commitments = section(page("manager.biom", "en"), "home-commitments");
		String lsn = section(page("manager.lsn", "en"), "home-commitments");

		if (atRisk.isEmpty()) {
			assertThat(commitments).contains("No commitment of your agreements is at risk right now.");
		}
		else {
			assertThat(commitments).contains(atRisk.get(0)).contains(">" + atRisk.size() + "<");
		}
		assertThat(lsn).doesNotContain("/agreements/biom-");
		assertThat(page("member.biom", "en")).doesNotContain("id=\"home-commitments\"");
	}

	@Test
	void everySectionSpeaksGermanAndJapaneseWithoutMissingTexts() {
		String memberDe = page("member.biom", "de");
		String managerDe = page("manager.biom", "de");
		String memberJa = page("member.osaka", "ja");
		String managerJa = page("manager.osaka", "ja");

		for (String page : List.of(memberDe, managerDe, memberJa, managerJa)) {
			assertThat(page).doesNotContain("??").contains("id=\"waiting-sections\"");
		}
		assertThat(memberDe).contains("Was auf Sie wartet").contains("Ihre offenen Anfragen");
		assertThat(managerDe).contains("Anfragen, die auf Ihre Antwort warten")
			.contains("Ungelesene Beiträge Ihrer Partner");
		assertThat(memberJa).contains("あなたへの対応事項").contains("進行中の依頼").contains("パートナーからの新しいビジネス機会");
		assertThat(managerJa).contains("回答待ちの依頼").contains("要注意の合意事項").contains("対応が必要な関心表明");
	}

	@Test
	void administratorsKeepTheOverviewAndFundersTheirReports() {
		String admin = page("admin", "ja");
		MvcTestResult funder = mvc.get().uri("/").with(as(users, "funder")).exchange();

		assertThat(admin).doesNotContain("id=\"waiting-sections\"")
			.doesNotContain("??")
			.contains("id=\"upcoming-events\"");
		assertThat(funder).hasStatus3xxRedirection().hasRedirectedUrl("/reports");
	}

	/** A partnering event tomorrow, organised by BioM, with two slots of two tables. */
	private String upcomingEvent() {
		String id = "home-" + System.nanoTime();
		ZoneId berlin = ZoneId.of("Europe/Berlin");
		LocalDate day = LocalDate.now(clock.withZone(berlin)).plusDays(1);
		CurrentUser organiser = user("manager.biom");
		events.create(organiser,
				new EventDraft(id, EventKind.PARTNERING_CONFERENCE.code(), null, "Start page partnering " + id,
						"スタートページ " + id, null, null, null, berlin.getId(), LocalDateTime.of(day, LocalTime.of(8, 0)),
						LocalDateTime.of(day, LocalTime.of(18, 0)), "ICM", "München", "DE", null, List.of("biom"), 0L)
					.toEvent());
		events.generateSlots(organiser, id,
				new SlotPlan(List.of(day), SlotPlan.every(LocalTime.of(9, 0), LocalTime.of(10, 0), 30), 30, 2));
		return id;
	}

	private CurrentUser user(String username) {
		return accounts.asCurrentUser(username).orElseThrow();
	}

	private String page(String username, String language) {
		MvcTestResult result = mvc.get()
			.uri("/")
			.header("Accept-Language", language)
			.with(as(users, username))
			.exchange();
		assertThat(result).hasStatusOk();
		return ApiCalls.body(result);
	}

	private static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	/** One section (card) of the page, by its id. */
	private static String section(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as(id).isNotNegative();
		return page.substring(start, page.indexOf("</div></div>", start));
	}

	/** The list item of a section that contains {@code text}. */
	private static String item(String section, String text) {
		int at = section.indexOf(text);
		assertThat(at).as(text).isNotNegative();
		return section.substring(section.lastIndexOf("<li", at), section.indexOf("</li>", at));
	}

}
