package org.kakehashi.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kakehashi.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.ApiCalls;
import org.kakehashi.IntegrationTest;
import org.kakehashi.TestClock;
import org.kakehashi.accounts.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Events that are over (issue 15): listed apart from the current ones, closed for
 * registration and meeting requests on the page (a message) and in the API (409
 * {@code wrong-state}), and their schedule published only when the organiser confirms.
 */
@IntegrationTest
class PastEventsIntegrationTests {

	@Autowired
	EventService events;

	@Autowired
	RegistrationService registrations;

	@Autowired
	MeetingRequestService requests;

	@Autowired
	ScheduleService schedules;

	@Autowired
	AccountService accounts;

	@Autowired
	TestClock clock;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	PartneringFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new PartneringFixture(events, registrations, requests, accounts);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theEventsPageListsPastEventsApartInTheReadersLanguage() {
		Event upcoming = fixture.event("upcoming", EventKind.PARTNERING_CONFERENCE, 1, 1);
		Event ended = pastEvent("ended-list");

		String en = page("/events", "member.biom", "en");
		String ja = page("/events", "member.osaka", "ja");

		int pastSection = en.indexOf("id=\"past-events\"");
		assertThat(en).contains("Upcoming and running events").contains("Past events");
		assertThat(en.indexOf("/events/" + upcoming.id())).isPositive().isLessThan(pastSection);
		assertThat(en.indexOf("/events/" + ended.id())).isGreaterThan(pastSection);
		assertThat(en.indexOf("/events/bio-europe-2015")).isGreaterThan(pastSection);
		assertThat(ja).contains("終了したイベント").contains("開催予定・開催中のイベント");
		assertThat(page("/events", "member.biom", "de")).contains("Vergangene Veranstaltungen");
	}

	@Test
	void theDashboardShowsLastYearsEventsUnderPastEvents() {
		Event upcoming = fixture.event("dash", EventKind.PARTNERING_CONFERENCE, 1, 1);
		Event ended = pastEvent("ended-dash");

		String home = page("/", "member.biom", "en");

		int pastSection = home.indexOf("id=\"past-events\"");
		assertThat(pastSection).isPositive();
		assertThat(home.indexOf("/events/" + upcoming.id())).isPositive().isLessThan(pastSection);
		assertThat(home.indexOf("/events/" + ended.id())).isGreaterThan(pastSection);
		assertThat(home).doesNotContain("/events/bio-europe-2015");
	}

	@Test
	void registeringForAnEndedEventIsRefusedWithAMessageAndAWrongStateProblem() {
		Event ended = pastEvent("ended-register");

		String show = page("/events/" + ended.id(), "member.biom", "de");
		MvcTestResult form = mvc.post()
			.uri("/events/{id}/register", ended.id())
			.with(as(users, "member.biom"))
			.with(csrf())
			.exchange();
		MvcTestResult api = mvc.post()
			.uri("/api/v1/events/{id}/registrations", ended.id())
			.with(as(users, "member.lsn"))
			.exchange();

		assertThat(show).contains("id=\"event-ended\"")
			.contains("Diese Veranstaltung ist vorbei")
			.doesNotContain("id=\"register-form\"");
		assertThat(form).hasStatus3xxRedirection()
			.hasRedirectedUrl("/events/" + ended.id())
			.flash()
			.containsEntry("error", "event.ended.registration");
		assertThat(api).hasStatus(409);
		assertThat(api).bodyJson().extractingPath("$.type").isEqualTo("urn:kakehashi:problem:wrong-state");
		assertThat(api).bodyJson().extractingPath("$.state").isEqualTo("ended");
		assertThatThrownBy(() -> fixture.guest(ended, "kawasaki-0002")).isInstanceOf(EventEndedException.class);
		assertThat(registrations.participantOf(fixture.user("member.biom"), ended.id())).isEmpty();
		assertThat(registrations.participantOf(fixture.user("member.lsn"), ended.id())).isEmpty();
	}

	@Test
	void aRunningEventStillTakesRegistrations() {
		Event running = event("running", LocalDateTime.now(clock).minusHours(2), LocalDateTime.now(clock).plusHours(6));

		assertThat(registrations.register(fixture.user("member.biom"), running.id(), null).eventId())
			.isEqualTo(running.id());
	}

	@Test
	void meetingRequestsAtAnEventThatHasEndedAreRefused() {
		Event event = fixture.event("ended-requests", EventKind.PARTNERING_CONFERENCE, 2, 2);
		Participant biom = registrations.register(fixture.user("member.biom"), event.id(), null);
		Participant osaka = registrations.register(fixture.user("member.osaka"), event.id(), null);

		passEndOf(event);
		MvcTestResult form = mvc.post()
			.uri("/events/{id}/requests", event.id())
			.with(as(users, "member.biom"))
			.with(csrf())
			.param("receiver", String.valueOf(osaka.id()))
			.param("message", "Let us meet")
			.exchange();
		MvcTestResult api = mvc.post()
			.uri("/api/v1/events/{id}/requests", event.id())
			.with(as(users, "member.osaka"))
			.contentType("application/json")
			.content("{\"receiver\": " + biom.id() + "}")
			.exchange();

		assertThat(form).hasStatus3xxRedirection()
			.hasRedirectedUrl("/events/" + event.id() + "/requests")
			.flash()
			.containsEntry("error", "event.ended.request");
		assertThat(api).hasStatus(409);
		assertThat(api).bodyJson().extractingPath("$.type").isEqualTo("urn:kakehashi:problem:wrong-state");
		assertThatThrownBy(() -> requests.propose(fixture.user("manager.biom"), event.id(), biom.id(), osaka.id(), 2,
				"proposed late"))
			.isInstanceOf(EventEndedException.class);
		assertThat(requests.requestsOf(biom)).isEmpty();
		assertThat(page("/events/" + event.id() + "/participants", "member.biom", "en"))
			.contains("This event has ended")
			.doesNotContain("request-form");
	}

	@Test
	void theScheduleOfAnEndedEventIsPublishedOnlyWhenTheOrganiserConfirms() {
		Event event = fixture.event("ended-publish", EventKind.PARTNERING_CONFERENCE, 2, 2);
		Participant a = fixture.guest(event, "biom-0003");
		Participant b = fixture.guest(event, "obhq-0004");
		fixture.accepted(event, a, b);
		long run = schedules.start(fixture.user("manager.biom"), event.id(), Duration.ofSeconds(1));
		Awaitility.await()
			.atMost(Duration.ofSeconds(15))
			.until(() -> schedules.progress(fixture.user("manager.biom"), event.id(), run).finished());
		String runPage = "/events/" + event.id() + "/schedule/runs/" + run;

		passEndOf(event);
		String page = page(runPage, "manager.biom", "en");
		MvcTestResult unconfirmed = mvc.post()
			.uri(runPage + "/publish")
			.with(as(users, "manager.biom"))
			.with(csrf())
			.exchange();
		boolean publishedBefore = schedules.publishedAt(event.id()) != null;
		MvcTestResult confirmed = mvc.post()
			.uri(runPage + "/publish")
			.with(as(users, "manager.biom"))
			.with(csrf())
			.param("afterEnd", "true")
			.exchange();

		assertThat(page).contains("id=\"ended-warning\"").contains("name=\"afterEnd\"");
		assertThat(unconfirmed).hasStatus3xxRedirection()
			.hasRedirectedUrl(runPage)
			.flash()
			.containsEntry("error", "event.ended.publish");
		assertThat(publishedBefore).isFalse();
		assertThat(confirmed).hasStatus3xxRedirection().flash().containsEntry("message", "schedule.published");
		assertThat(schedules.publishedAt(event.id())).isNotNull();
		assertThatThrownBy(() -> schedules.publish(fixture.user("manager.biom"), event.id(), run))
			.isInstanceOf(EventEndedException.class);
	}

	/** Moves the application clock to a day after the event. */
	private void passEndOf(Event event) {
		clock.freeze();
		Instant after = event.endsAt().toInstant().plus(Duration.ofDays(1));
		clock.advance(Duration.between(clock.instant(), after));
	}

	private Event pastEvent(String prefix) {
		LocalDateTime day = LocalDateTime.now(clock).minusMonths(2).with(LocalTime.of(9, 0));
		return event(prefix, day, day.plusHours(8));
	}

	private Event event(String prefix, LocalDateTime start, LocalDateTime end) {
		String id = prefix + "-" + System.nanoTime();
		return events
			.create(fixture.user("manager.biom"),
					new EventDraft(id, EventKind.PARTNERING_CONFERENCE.code(), null, "Test partnering " + id, null,
							null, null, null, "UTC", start, end, "ICM", "München", "DE", null, List.of("biom"), 0L)
						.toEvent());
	}

	private String page(String uri, String user, String language) {
		MvcTestResult result = mvc.get().uri(uri).header("Accept-Language", language).with(as(users, user)).exchange();
		assertThat(result).hasStatusOk();
		return ApiCalls.body(result);
	}

}
