package org.kakehashi.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.icegreen.greenmail.util.GreenMail;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.IntegrationTest;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.accounts.AccountService;
import org.kakehashi.events.internal.EventReminders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The organiser's journey on a fresh event: run the scheduler, publish, mails in each
 * recipient's language, the agenda as iCalendar and PDF; and who may see which page.
 */
@IntegrationTest
class SchedulingDeskIntegrationTests {

	@Autowired
	EventService events;

	@Autowired
	RegistrationService registrations;

	@Autowired
	MeetingRequestService requests;

	@Autowired
	ScheduleService schedules;

	@Autowired
	AgendaService agendas;

	@Autowired
	AccountService accounts;

	@Autowired
	EventReminders reminders;

	@Autowired
	GreenMail smtp;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	PartneringFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new PartneringFixture(events, registrations, requests, accounts);
	}

	@Test
	void organiserRunsPublishesAndEachParticipantIsMailedInTheirLanguage() throws Exception {
		Event event = fixture.event("desk", EventKind.PARTNERING_CONFERENCE, 4, 2);
		Participant biom = registrations.register(fixture.user("member.biom"), event.id(), null);
		Participant osaka = registrations.register(fixture.user("member.osaka"), event.id(), null);
		Participant guest = fixture.guest(event, "kawasaki-0002");
		fixture.accepted(event, biom, osaka);
		fixture.accepted(event, biom, guest);
		fixture.accepted(event, osaka, guest);

		long run = schedules.start(fixture.user("manager.biom"), event.id(), Duration.ofSeconds(1));
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> schedules.progress(fixture.user("manager.biom"), event.id(), run).finished());
		RunResultView result = schedules.result(fixture.user("manager.biom"), event.id(), run);
		schedules.publish(fixture.user("manager.biom"), event.id(), run);

		assertThat(result.run().status()).isEqualTo("done");
		assertThat(result.placed()).hasSize(3);
		assertThat(result.unplaced()).isEmpty();
		assertThat(agendas.agenda(biom)).extracting(i -> i.with().displayName()).hasSize(2);
		MimeMessage ja = mail("member.osaka@example.org", "テスト " + event.id());
		MimeMessage de = mail("member.biom@example.org", "Test partnering " + event.id());
		assertThat(ja.getSubject()).isEqualTo("テスト " + event.id() + "のアジェンダ");
		assertThat((String) ja.getContent()).contains("面談は2件です").contains("/events/" + event.id() + "/agenda");
		assertThat(de.getSubject()).isEqualTo("Ihre Agenda für Test partnering " + event.id());
	}

	@Test
	void unplaceableMeetingsComeWithTheirReasonAndPinsAreKeptOnReRun() {
		Event event = fixture.event("reasons", EventKind.PARTNERING_CONFERENCE, 1, 5);
		Participant a = fixture.guest(event, "biom-0003");
		Participant b = fixture.guest(event, "obhq-0004");
		Participant c = fixture.guest(event, "obhq-0005");
		MeetingRequest ab = fixture.accepted(event, a, b);
		fixture.accepted(event, a, c);

		long run = runAndWait(event);
		RunResultView first = schedules.result(fixture.user("manager.biom"), event.id(), run);
		long placedRequest = first.placed().get(0).meeting().request().id();
		schedules.pin(fixture.user("manager.biom"), event.id(), run, placedRequest);
		RunResultView second = schedules.result(fixture.user("manager.biom"), event.id(), runAndWait(event));

		assertThat(first.placed()).hasSize(1);
		assertThat(first.unplaced()).singleElement()
			.extracting(UnplacedMeetingView::reason)
			.asString()
			.contains(a.displayName());
		assertThat(second.placed()).singleElement().satisfies(p -> {
			assertThat(p.meeting().request().id()).isEqualTo(placedRequest);
			assertThat(p.pinned()).isTrue();
		});
		assertThat(ab.id()).isPositive();
	}

	@Test
	void theCalendarFeedParsesAndThePdfEmbedsTheJapaneseFont() throws Exception {
		Event event = fixture.event("agenda", EventKind.PARTNERING_CONFERENCE, 2, 2);
		Participant osaka = registrations.register(fixture.user("member.osaka"), event.id(), null);
		Participant guest = fixture.guest(event, "obhq-0002");
		MeetingRequest r = fixture.accepted(event, osaka, guest);
		requests.book(fixture.user("member.osaka"), r.id(), events.slots(event.id()).get(1).id());

		Calendar calendar = new CalendarBuilder().build(new StringReader(agendas.feed(osaka.feedToken())));
		byte[] pdf = agendas.pdf(osaka, Locale.JAPANESE);
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "agenda-ja.pdf"), pdf);

		List<VEvent> meetings = calendar.getComponents("VEVENT");
		assertThat(meetings).singleElement()
			.satisfies(v -> assertThat(v.getDateTimeStart().getValue()).isEqualTo("20270310T083000Z"));
		PdfReader reader = new PdfReader(pdf);
		String text = new PdfTextExtractor(reader).getTextFromPage(1);
		String raw = new String(pdf, StandardCharsets.ISO_8859_1);
		assertThat(raw).contains("IPAexGothic").contains("/FontFile2");
		assertThat(text).contains(guest.displayName()).contains("テーブル");
		reader.close();
	}

	@Autowired
	DirectoryService directory;

	@Test
	void theFeedNeedsItsSecretAndNoSignIn() {
		assertThat(mvc.get().uri("/feeds/agenda/not-a-token.ics")).hasStatus(404);
	}

	@Test
	void pagesAreForOrganisersParticipantsOrNobody() {
		Event event = fixture.event("access", EventKind.PARTNERING_CONFERENCE, 1, 1);
		registrations.register(fixture.user("member.lsn"), event.id(), null);
		String p = "/events/" + event.id();

		// organisations by name, never by id (in German, manager.biom's own language,
		// which
		// other tests' mails expect to stay German)
		assertThat(mvc.get().uri(p + "/participants?lang=de").with(as(users, "manager.biom"))).hasStatusOk()
			.bodyText()
			.doesNotContain(">lsn-0001<")
			.contains(directory.organization("lsn-0001").names().in(Locale.GERMAN));
		assertThat(mvc.get().uri(p + "/participants").with(as(users, "member.lsn"))).hasStatusOk();
		assertThat(mvc.get().uri(p + "/participants").with(as(users, "member.osaka"))).hasStatus(403);
		assertThat(mvc.get().uri(p + "/participants").with(as(users, "funder"))).hasStatus(403);
		assertThat(mvc.get().uri(p + "/participants")).hasStatus(302).hasRedirectedUrl("/login");
		assertThat(mvc.get().uri(p + "/schedule").with(as(users, "manager.biom"))).hasStatusOk();
		assertThat(mvc.get().uri(p + "/schedule").with(as(users, "manager.osaka"))).hasStatus(403);
		assertThat(mvc.get().uri(p + "/schedule").with(as(users, "member.lsn"))).hasStatus(403);
		assertThat(mvc.get().uri(p + "/slots").with(as(users, "manager.kawasaki"))).hasStatus(403);
		assertThat(mvc.get().uri(p + "/agenda").with(as(users, "member.lsn"))).hasStatusOk();
		assertThat(mvc.get().uri(p + "/agenda").with(as(users, "member.biom"))).hasStatus(403);
		assertThat(mvc.get().uri(p + "/availability").with(as(users, "member.lsn"))).hasStatusOk()
			.bodyText()
			.contains("availability-grid");
	}

	@Test
	void anImportedScheduleCannotPlaceAnotherEventsMeetingsAndIsForOrganisersOnly() {
		Event own = fixture.event("own", EventKind.PARTNERING_CONFERENCE, 2, 2);
		MeetingRequest mine = fixture.accepted(own, fixture.guest(own, "biom-0003"), fixture.guest(own, "obhq-0004"));
		Event other = fixture.event("other", EventKind.PARTNERING_CONFERENCE, 2, 2);
		MeetingRequest theirs = fixture.accepted(other, fixture.guest(other, "biom-0003"),
				fixture.guest(other, "obhq-0005"));
		String slot = events.slots(own.id()).get(0).code();
		byte[] file = ("{\"event\": \"" + own.id() + "\", \"assignments\": [{\"meeting\": \"m-" + theirs.id()
				+ "\", \"slot\": \"" + slot + "\", \"table\": 1}], \"unscheduled\": [\"m-" + mine.id() + "\"]}")
			.getBytes(StandardCharsets.UTF_8);
		String upload = "/events/" + own.id() + "/contract/schedule";

		assertThat(mvc.post()
			.multipart()
			.uri(upload)
			.file(new MockMultipartFile("file", "schedule.json", "application/json", file))
			.with(as(users, "manager.biom"))
			.with(csrf())).hasStatusOk().bodyText().contains("unknown meeting &#39;m-" + theirs.id() + "&#39;");
		assertThat(mvc.post()
			.multipart()
			.uri(upload)
			.file(new MockMultipartFile("file", "schedule.json", "application/json", file))
			.with(as(users, "manager.osaka"))
			.with(csrf())).hasStatus(403);
		assertThat(schedules.runs(fixture.user("manager.biom"), own.id())).isEmpty();
		assertThat(schedules.runs(fixture.user("manager.biom"), other.id())).isEmpty();
	}

	@Test
	void remindersGoOutOnceAtAFixedTime() {
		Event event = fixture.event("remind", EventKind.PARTNERING_CONFERENCE, 2, 2);
		registrations.register(fixture.user("member.kawasaki"), event.id(), null);
		java.time.Instant now = PartneringFixture.DAY.atStartOfDay(java.time.ZoneOffset.UTC)
			.toInstant()
			.minusSeconds(3600);

		int first = reminders.remind(now);
		int again = reminders.remind(now);

		assertThat(first).isPositive();
		assertThat(again).isZero();
	}

	long runAndWait(Event event) {
		long run = schedules.start(fixture.user("manager.biom"), event.id(), Duration.ofSeconds(1));
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> schedules.progress(fixture.user("manager.biom"), event.id(), run).finished());
		return run;
	}

	MimeMessage mail(String to, String subjectPart) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
				try {
					return to.equals(m.getAllRecipients()[0].toString()) && m.getSubject().contains(subjectPart);
				}
				catch (Exception ex) {
					return false;
				}
			}).findFirst().orElse(null), m -> m != null);
	}

}
