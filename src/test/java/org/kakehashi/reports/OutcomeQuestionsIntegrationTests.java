package org.kakehashi.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.ApiCalls;
import org.kakehashi.IntegrationTest;
import org.kakehashi.TestClock;
import org.kakehashi.accounts.AccountService;
import org.kakehashi.accounts.UserView;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.events.Attendance;
import org.kakehashi.events.Booking;
import org.kakehashi.events.Event;
import org.kakehashi.events.EventDraft;
import org.kakehashi.events.EventService;
import org.kakehashi.events.EventSlot;
import org.kakehashi.events.MeetingRequest;
import org.kakehashi.events.MeetingRequestService;
import org.kakehashi.events.MeetingService;
import org.kakehashi.events.Participant;
import org.kakehashi.events.RegistrationService;
import org.kakehashi.events.SlotPlan;
import org.kakehashi.notifications.Notifications;
import org.kakehashi.reports.internal.OutcomeQuestions;
import org.kakehashi.requests.EntryRequest;
import org.kakehashi.requests.FileEntryRequest;
import org.kakehashi.requests.RequestService;
import org.kakehashi.requests.RequestStep;
import org.kakehashi.requests.RequestType;
import org.kakehashi.shared.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Members are asked by mail, 30 and 90 days after a meeting was held or their request's
 * first introduction, what came of it: once per question, in their language, with a link
 * that opens the outcome form filled in; not again once their organisation answered. The
 * application clock is moved to a far-off, random time, so no other test's meetings or
 * introductions fall into the questions' window.
 */
@IntegrationTest
class OutcomeQuestionsIntegrationTests {

	@Autowired
	OutcomeQuestions questions;

	@Autowired
	EventService events;

	@Autowired
	RegistrationService registrations;

	@Autowired
	MeetingRequestService meetingRequests;

	@Autowired
	MeetingService meetings;

	@Autowired
	RequestService requests;

	@Autowired
	AccountService accounts;

	@Autowired
	DirectoryService directory;

	@Autowired
	Notifications notifications;

	@Autowired
	GreenMail smtp;

	@Autowired
	TestClock clock;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	/**
	 * The demo users' own languages, which other tests may have changed in the shared
	 * database: the mails and pages checked here are in these.
	 */
	@BeforeEach
	void demoLanguages() {
		Map.of("member.biom", "de", "member.osaka", "ja", "member.lsn", "en")
			.forEach((user, language) -> jdbc.sql("update app_user set locale = ? where username = ?")
				.params(language, user)
				.update());
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theMembersOfAHeldMeetingAreAskedAfterThirtyAndNinetyDaysInTheirLanguageOnceEach() throws Exception {
		moveTo(clock.instant().plus(Duration.ofDays(400 + Math.floorMod(System.nanoTime(), 1000L))));
		Event event = event();
		Participant biom = registrations.register(user("member.biom"), event.id(), null);
		Participant osaka = registrations.register(user("member.osaka"), event.id(), null);
		Participant guest = registrations.registerGuest(user("manager.biom"), event.id(), "obhq-0002", "Asia/Tokyo");
		List<EventSlot> slots = events.slots(event.id());
		Booking held = placed(biom, osaka, slots.get(0));
		placed(biom, guest, slots.get(1));
		meetings.markAttendance(user("manager.biom"), held.id(), Attendance.CHECKED_IN);
		Instant start = slots.get(0).startsAt().toInstant();
		String link = "/outcomes?source=meeting&ref=" + held.id();

		moveTo(start.plus(Duration.ofDays(29)));
		int early = questions.ask(clock.instant());
		moveTo(start.plus(Duration.ofDays(30)).plus(Duration.ofHours(1)));
		questions.ask(clock.instant());
		int rerun = questions.ask(clock.instant());
		notifications.sendQueued();

		assertThat(early).isZero();
		assertThat(rerun).isZero();
		List<MimeMessage> first = mailsAbout(event.id());
		assertThat(first).hasSize(2);
		MimeMessage german = to(first, "member.biom@example.org");
		MimeMessage japanese = to(first, "member.osaka@example.org");
		assertThat(german.getSubject())
			.isEqualTo("Was ist aus Ihrem Treffen auf Nachfass-Test " + event.id() + " geworden?");
		assertThat(body(german)).contains("Guten Tag")
			.contains("am " + slots.get(0).startsAt().toLocalDate() + " hatten Sie auf Nachfass-Test")
			.contains(directory.organization("obhq-0001").names().in(Locale.GERMAN) + ": ")
			.contains(link)
			.contains("Mögliche Antworten:")
			.contains("Geheimhaltungsvereinbarung (NDA)")
			.doesNotContain("schon einmal gefragt")
			.doesNotContain("obhq-0002");
		assertThat(japanese.getSubject()).isEqualTo("フォローアップ試験 " + event.id() + "での面談のその後について");
		assertThat(body(japanese)).contains("回答の選択肢：").contains(link);

		// Osaka's member answers through the link; BioM's does not
		String form = page(link, "member.osaka");
		assertThat(form).containsPattern("<option value=\"biom-0001\" selected=\"selected\"")
			.containsPattern("<option value=\"meeting\" selected=\"selected\"")
			.contains("name=\"ref\" value=\"" + held.id() + "\"")
			.contains("value=\"" + slots.get(0).startsAt().toLocalDate() + "\"")
			.contains("id=\"outcome-follow-up\"");
		assertThat(record("member.osaka",
				Map.of("partner", "biom-0001", "kind", "mta", "source", "meeting", "ref", String.valueOf(held.id()),
						"happenedOn", slots.get(0).startsAt().toLocalDate().toString())))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/outcomes");

		moveTo(start.plus(Duration.ofDays(90)).plus(Duration.ofHours(1)));
		questions.ask(clock.instant());
		questions.ask(clock.instant());
		notifications.sendQueued();

		List<MimeMessage> all = mailsAbout(event.id());
		assertThat(all).hasSize(3);
		assertThat(all.stream().filter(m -> recipient(m).equals("member.osaka@example.org"))).hasSize(1);
		MimeMessage again = all.stream()
			.filter(m -> recipient(m).equals("member.biom@example.org"))
			.filter(m -> body(m).contains("schon einmal gefragt"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no second question to member.biom"));
		assertThat(body(again)).contains(link);
	}

	@Test
	void theRequesterIsAskedAboutEachOrganisationIntroducedAndNotAgainOnceItAnswered() throws Exception {
		moveTo(clock.instant().plus(Duration.ofDays(1500 + Math.floorMod(System.nanoTime(), 1000L))));
		String title = "Follow-up " + Long.toString(System.nanoTime(), 36);
		EntryRequest r = requests.file(user("member.lsn"), new FileEntryRequest(RequestType.MARKET_ENTRY, title,
				"We look for a partner for clinical trials in Kobe.", "fbri", null));
		requests.act(user("manager.lsn"), r.id(), new RequestStep.Forward("fbri"), null);
		requests.act(user("manager.kobe"), r.id(), new RequestStep.Accept(), null);
		requests.act(user("manager.kobe"), r.id(), new RequestStep.Start(), null);
		requests.act(user("manager.kobe"), r.id(), new RequestStep.Introduce(List.of("fbri-0002", "fbri-0003")), null);
		Instant introduced = clock.instant();
		LocalDate day = introduced.atZone(ZoneOffset.UTC).toLocalDate();
		String link = "/outcomes?source=request&ref=" + r.id() + "&partner=fbri-0003";

		moveTo(introduced.plus(Duration.ofDays(30)).plus(Duration.ofHours(1)));
		questions.ask(clock.instant());
		int rerun = questions.ask(clock.instant());
		notifications.sendQueued();

		assertThat(rerun).isZero();
		List<MimeMessage> mails = mailsAbout(title);
		// this failed once in two hundred runs: say what the outbox held, to find out why
		assertThat(mails).as(() -> "outbox: " + jdbc.sql(
				"select dedup_key, recipient, state, attempts, last_error, next_attempt_at from mail_outbox where dedup_key like ?")
			.param("outcome-ask:request:" + r.id() + "%")
			.query()
			.listOfRows() + ", introductions: "
				+ jdbc.sql("select * from request_introduction where request_id = ?").param(r.id()).query().listOfRows()
				+ ", member.lsn: " + accounts.user("member.lsn"))
			.hasSize(1);
		MimeMessage english = to(mails, "member.lsn@example.org");
		assertThat(english.getSubject()).isEqualTo("What came of your request “" + title + "”?");
		assertThat(body(english)).contains("on " + day + " your request")
			.contains(directory.organization("fbri-0002").names().in(Locale.ENGLISH) + ": ")
			.contains("/outcomes?source=request&ref=" + r.id() + "&partner=fbri-0002")
			.contains(link)
			.contains("Possible answers:")
			.contains("site or subsidiary in the partner region");

		// the partner cluster's side may neither open nor answer it
		assertThat(mvc.get().uri(link).with(as(users, "manager.kobe"))).hasStatus(404);
		assertThat(mvc.get().uri(link).with(as(users, "member.biom"))).hasStatus(404);
		String form = page(link, "member.lsn");
		assertThat(form).containsPattern("<option value=\"fbri-0003\" selected=\"selected\"")
			.containsPattern("<option value=\"request\" selected=\"selected\"")
			.contains("value=\"" + day + "\"");
		assertThat(record("member.lsn", Map.of("partner", "fbri-0003", "kind", "joint-research", "source", "request",
				"ref", r.id(), "happenedOn", day.toString())))
			.hasStatus3xxRedirection();

		moveTo(introduced.plus(Duration.ofDays(90)).plus(Duration.ofHours(1)));
		questions.ask(clock.instant());
		notifications.sendQueued();

		assertThat(mailsAbout(title)).hasSize(1);
	}

	@Test
	void theLinkLeadsToTheSignInFirstAndBackToTheFilledInForm() throws Exception {
		moveTo(clock.instant().plus(Duration.ofDays(2600 + Math.floorMod(System.nanoTime(), 500L))));
		Event event = event();
		Participant biom = registrations.register(user("member.biom"), event.id(), null);
		Participant osaka = registrations.register(user("member.osaka"), event.id(), null);
		EventSlot slot = events.slots(event.id()).get(0);
		Booking booking = placed(biom, osaka, slot);
		moveTo(slot.startsAt().toInstant().plus(Duration.ofDays(31)));
		String link = "/outcomes?source=meeting&ref=" + booking.id();

		MvcTestResult anonymous = mvc.get().uri(link).exchange();

		assertThat(anonymous).hasStatus(302).hasRedirectedUrl("/login");
		// Spring Session names the session in a cookie; without it, MockMvc's own session
		Cookie cookie = Arrays.stream(anonymous.getResponse().getCookies())
			.filter(c -> c.getName().contains("SESSION"))
			.findFirst()
			.orElse(null);
		MockHttpSession session = (MockHttpSession) anonymous.getRequest().getSession(false);
		assertThat(cookie != null || session != null).as("the link was saved in a session").isTrue();

		var post = mvc.post()
			.uri("/login")
			.param("username", "member.biom")
			.param("password", "kakehashi-demo")
			.with(csrf())
			// an address of its own, so other tests' failed sign-ins never throttle this
			// one
			.with(request -> {
				request.setRemoteAddr("198.51.100.12");
				return request;
			});
		MvcTestResult signIn = (cookie != null ? post.cookie(cookie) : post.session(session)).exchange();

		assertThat(signIn).hasStatus(302);
		// Spring Security marks the saved request's URL with "continue"
		String back = signIn.getResponse().getRedirectedUrl();
		assertThat(back).startsWith(link);
		Cookie signedIn = Arrays.stream(signIn.getResponse().getCookies())
			.filter(c -> c.getName().contains("SESSION"))
			.findFirst()
			.orElse(cookie);
		var get = mvc.get().uri(back);
		MockHttpSession after = (MockHttpSession) signIn.getRequest().getSession(false);
		MvcTestResult form = (signedIn != null ? get.cookie(signedIn) : get.session(after)).exchange();
		assertThat(form).hasStatusOk();
		assertThat(ApiCalls.body(form)).containsPattern("<option value=\"obhq-0001\" selected=\"selected\"")
			.contains("name=\"ref\" value=\"" + booking.id() + "\"");
	}

	@Test
	void anOutcomeThatDoesNotMatchItsMeetingIsRefusedAndOthersFindNoForm() {
		moveTo(clock.instant().plus(Duration.ofDays(3200 + Math.floorMod(System.nanoTime(), 500L))));
		Event event = event();
		Participant biom = registrations.register(user("member.biom"), event.id(), null);
		Participant osaka = registrations.register(user("member.osaka"), event.id(), null);
		EventSlot slot = events.slots(event.id()).get(0);
		Booking booking = placed(biom, osaka, slot);
		String day = slot.startsAt().toLocalDate().toString();
		String link = "/outcomes?source=meeting&ref=" + booking.id();

		MvcTestResult beforeTheMeeting = mvc.get().uri(link).with(as(users, "member.biom")).exchange();
		moveTo(slot.startsAt().toInstant().plus(Duration.ofDays(1)));
		MvcTestResult otherPartner = record("member.biom", Map.of("partner", "obhq-0002", "kind", "nda", "source",
				"meeting", "ref", String.valueOf(booking.id()), "happenedOn", day));
		MvcTestResult notAParty = record("member.kawasaki", Map.of("partner", "biom-0001", "kind", "nda", "source",
				"meeting", "ref", String.valueOf(booking.id()), "happenedOn", day));

		assertThat(beforeTheMeeting).hasStatus(404);
		assertThat(otherPartner).hasStatus(422);
		assertThat(otherPartner).bodyText().contains("This outcome does not match the meeting or request it answers.");
		assertThat(notAParty).hasStatus(422);
		assertThat(notAParty).bodyText().contains("This outcome does not match the meeting or request it answers.");
		for (String other : List.of("member.lsn", "member.kawasaki", "manager.lsn", "manager.kawasaki")) {
			assertThat(mvc.get().uri(link).with(as(users, other)).exchange()).as(other).hasStatus(404);
		}
		assertThat(mvc.get().uri(link).with(as(users, "funder")).exchange()).hasStatus(403);
		assertThat(page(link, "manager.osaka")).contains("<option value=\"obhq-0001\" selected=\"selected\"");
	}

	private Event event() {
		String id = "followup-" + System.nanoTime();
		LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Berlin")).plusDays(7);
		Event event = events.create(user("manager.biom"),
				new EventDraft(id, "partnering-conference", "Nachfass-Test " + id, "Follow-up test " + id,
						"フォローアップ試験 " + id, null, null, null, "Europe/Berlin", LocalDateTime.of(day, LocalTime.of(8, 0)),
						LocalDateTime.of(day, LocalTime.of(18, 0)), "ICM", "München", "DE", null, List.of("biom"), 0L)
					.toEvent());
		events.generateSlots(user("manager.biom"), id,
				new SlotPlan(List.of(day), SlotPlan.every(LocalTime.of(9, 0), LocalTime.of(10, 0), 30), 30, 5));
		return event;
	}

	private Booking placed(Participant a, Participant b, EventSlot slot) {
		MeetingRequest r = meetingRequests.propose(user("manager.biom"), a.eventId(), a.id(), b.id(), 2, "Let us meet");
		meetingRequests.accept(user("manager.biom"), r.id(), null);
		return meetingRequests.book(user("manager.biom"), r.id(), slot.id());
	}

	/** Freezes the application clock at {@code at}. */
	private void moveTo(Instant at) {
		clock.freeze();
		clock.advance(Duration.between(clock.instant(), at));
	}

	private CurrentUser user(String username) {
		UserView u = accounts.user(username).orElseThrow();
		return new CurrentUser(u.id(), u.username(), u.displayName(), u.role(), u.cluster(), u.organization());
	}

	private String page(String uri, String user) {
		MvcTestResult result = mvc.get().uri(uri).header("Accept-Language", "en").with(as(users, user)).exchange();
		assertThat(result).hasStatusOk();
		return ApiCalls.body(result);
	}

	private MvcTestResult record(String user, Map<String, String> form) {
		var request = mvc.post().uri("/outcomes").header("Accept-Language", "en").with(as(users, user)).with(csrf());
		form.forEach(request::param);
		return request.exchange();
	}

	/**
	 * The questions (not the events module's reminders, which may name the same event)
	 * whose subject names {@code text}.
	 */
	private List<MimeMessage> mailsAbout(String text) {
		return Arrays.stream(smtp.getReceivedMessages())
			.filter(m -> subject(m).contains(text))
			.filter(m -> subject(m).startsWith("Was ist aus") || subject(m).startsWith("What came of")
					|| subject(m).endsWith("のその後について"))
			.toList();
	}

	private static MimeMessage to(List<MimeMessage> mails, String address) {
		return mails.stream()
			.filter(m -> recipient(m).equals(address))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no mail to " + address));
	}

	private static String recipient(MimeMessage m) {
		try {
			return m.getAllRecipients()[0].toString();
		}
		catch (Exception ex) {
			return "";
		}
	}

	private static String subject(MimeMessage m) {
		try {
			return m.getSubject();
		}
		catch (Exception ex) {
			return "";
		}
	}

	private static String body(MimeMessage m) {
		try {
			return (String) m.getContent();
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

}
