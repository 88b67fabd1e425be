package org.kakehashi.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kakehashi.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.IntegrationTest;
import org.kakehashi.accounts.AccountService;
import org.kakehashi.events.internal.RunLeases;
import org.kakehashi.events.internal.RunRepository;
import org.kakehashi.events.internal.ScheduleRunner;
import org.kakehashi.scheduling.Instances;
import org.kakehashi.scheduling.SolveOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Scheduler runs hold a lease: a run whose instance died fails with a reason; organisers
 * cancel a running run from the page or the API, also when another instance solves it;
 * nobody else may.
 */
@IntegrationTest
class ScheduleRunLeaseIntegrationTests {

	static final String ORGANISER = "manager.biom";

	@Autowired
	EventService events;

	@Autowired
	RegistrationService registrations;

	@Autowired
	MeetingRequestService requests;

	@Autowired
	AccountService accounts;

	@Autowired
	ScheduleService schedules;

	@Autowired
	ScheduleRunner runner;

	@Autowired
	RunRepository runs;

	@Autowired
	RunLeases leases;

	@Autowired
	org.kakehashi.events.internal.BookingRepository bookings;

	@Autowired
	JdbcClient jdbc;

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
	void aRunWhoseInstanceDiedFailsWithAReasonOnItsPageAndInTheApi() throws Exception {
		Event event = fixture.event("lease", EventKind.PARTNERING_CONFERENCE, 2, 2);
		long run = runs.startLeased(event.id(), ORGANISER, 4, "dead-host:1:cafe",
				OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(5));
		long alive = runs.startLeased(event.id(), ORGANISER, 4, "live-host:2:beef",
				OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(30));

		int ended = leases.sweep();

		assertThat(ended).isPositive();
		assertThat(schedules.run(fixture.user(ORGANISER), event.id(), run).status()).isEqualTo("failed");
		assertThat(schedules.run(fixture.user(ORGANISER), event.id(), alive).status()).isEqualTo("running");
		assertThat(runPage(event, run, "en")).contains("The run failed: the instance computing it stopped reporting")
			.doesNotContain("confirm-cancel");
		assertThat(runPage(event, run, "de")).contains("die Instanz, die ihn rechnete, hat sich nicht mehr gemeldet");
		assertThat(runPage(event, run, "ja")).contains("計算していたインスタンスからの応答が途絶えました");
		assertThat(mvc.get().uri("/api/v1/events/{id}/schedule-runs/{run}", event.id(), run).with(as(users, ORGANISER)))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.stopReason")
			.isEqualTo("lease-expired");
		assertThat(leases.sweep()).as("a second sweep finds nothing more to end").isZero();
	}

	@Test
	void cancellingThroughTheApiStopsTheSolverPromptlyAndNothingCanBePublished() {
		Event event = fixture.event("cancel-api", EventKind.PARTNERING_CONFERENCE, 2, 2);
		long run = solveForAMinute(event);

		long asked = System.nanoTime();
		assertThat(mvc.post()
			.uri("/api/v1/events/{id}/schedule-runs/{run}/cancel", event.id(), run)
			.with(as(users, ORGANISER))).hasStatus(202)
			.bodyJson()
			.extractingPath("$.cancelRequestedBy")
			.isEqualTo(ORGANISER);
		awaitStatus(event, run, "cancelled");

		assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(10));
		assertThat(runs.assignments(run)).isEmpty();
		assertThatThrownBy(() -> schedules.publish(fixture.user(ORGANISER), event.id(), run))
			.isInstanceOf(RunStateException.class);
		assertThat(schedules.publishedAt(event.id())).isNull();
		assertThat(mvc.post()
			.uri("/api/v1/events/{id}/schedule-runs/{run}/cancel", event.id(), run)
			.with(as(users, ORGANISER))).hasStatus(409)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:kakehashi:problem:wrong-state");
	}

	@Test
	void aCancelAskedOnAnotherInstanceReachesTheSolverAtItsNextLeaseRenewal() {
		Event event = fixture.event("cancel-remote", EventKind.PARTNERING_CONFERENCE, 2, 2);
		long run = solveForAMinute(event);
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> schedules.progress(fixture.user(ORGANISER), event.id(), run).percent() > 0);

		// What ScheduleService.cancel writes on an instance that does not solve the run.
		runs.requestCancel(run, ORGANISER);
		awaitStatus(event, run, "cancelled");

		assertThat(runs.assignments(run)).isEmpty();
	}

	@Test
	void cancellingFromTheRunPageAsksToConfirmAndEndsTheRun() throws Exception {
		Event event = fixture.event("cancel-page", EventKind.PARTNERING_CONFERENCE, 2, 2);
		long run = solveForAMinute(event);
		String page = runPage(event, run, "en");

		assertThat(page).contains("Cancel run", "Really cancel this run? Its proposal is discarded", "confirm-cancel");
		assertThat(mvc.post()
			.uri("/events/{id}/schedule/runs/{run}/cancel", event.id(), run)
			.with(as(users, ORGANISER))
			.with(csrf())).hasRedirectedUrl("/events/" + event.id() + "/schedule/runs/" + run)
			.flash()
			.containsEntry("message", "schedule.cancelRequested");
		awaitStatus(event, run, "cancelled");

		assertThat(runPage(event, run, "en")).contains("The run was cancelled; nothing was published.")
			.doesNotContain("confirm-cancel");
		assertThat(runPage(event, run, "ja")).contains("実行は中止されました。何も公開されていません。");
		assertThat(schedules.publishedAt(event.id())).isNull();
	}

	@Test
	void membersAndOtherClustersManagersCannotSeeOrCancelARun() {
		Event event = fixture.event("cancel-denied", EventKind.PARTNERING_CONFERENCE, 2, 2);
		long run = runs.startLeased(event.id(), ORGANISER, 4, "other-host:3:f00d",
				OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(30));
		String api = "/api/v1/events/{id}/schedule-runs/{run}";
		String web = "/events/{id}/schedule/runs/{run}";

		for (String user : new String[] { "manager.osaka", "member.biom" }) {
			assertThat(mvc.post().uri(api + "/cancel", event.id(), run).with(as(users, user))).as(user).hasStatus(403);
			assertThat(mvc.get().uri(api, event.id(), run).with(as(users, user))).as(user).hasStatus(403);
			assertThat(mvc.post().uri(web + "/cancel", event.id(), run).with(as(users, user)).with(csrf())).as(user)
				.hasStatus(403);
			assertThat(mvc.get().uri(web, event.id(), run).with(as(users, user))).as(user).hasStatus(403);
		}
		assertThat(mvc.post().uri(web + "/cancel", event.id(), run).with(as(users, ORGANISER))).as("without CSRF")
			.hasStatus(403);

		ScheduleRun after = schedules.run(fixture.user(ORGANISER), event.id(), run);
		assertThat(after.status()).isEqualTo("running");
		assertThat(after.cancelRequestedBy()).isNull();
	}

	@Test
	void publishingIsAllOrNothingAFailureHalfWayLeavesThePreviousBookings() {
		Event event = fixture.event("publish-atomic", EventKind.PARTNERING_CONFERENCE, 2, 1);
		Participant a = fixture.guest(event, "biom-0003");
		Participant b = fixture.guest(event, "obhq-0004");
		Participant c = fixture.guest(event, "obhq-0005");
		Participant d = fixture.guest(event, "biom-0004");
		MeetingRequest ab = fixture.accepted(event, a, b);
		MeetingRequest cd = fixture.accepted(event, c, d);
		long run = schedules.start(fixture.user(ORGANISER), event.id(), Duration.ofSeconds(1));
		awaitStatus(event, run, "done");
		RunResultView result = schedules.result(fixture.user(ORGANISER), event.id(), run);
		long slotOfAb = result.placed()
			.stream()
			.filter(p -> p.meeting().request().id() == ab.id())
			.findFirst()
			.orElseThrow()
			.slot()
			.id();
		long slotOfCd = result.placed()
			.stream()
			.filter(p -> p.meeting().request().id() == cd.id())
			.findFirst()
			.orElseThrow()
			.slot()
			.id();
		// Made after the run: a pinned meeting of a where the run put a-b (publishing
		// must
		// fail there), and an unpinned one where it put c-d (publishing deletes it
		// first).
		Participant e = fixture.guest(event, "obhq-0006");
		Participant f = fixture.guest(event, "biom-0005");
		Participant g = fixture.guest(event, "obhq-0007");
		MeetingRequest ae = requests.accept(fixture.user(ORGANISER),
				requests.propose(fixture.user(ORGANISER), event.id(), a.id(), e.id(), 2, "pinned").id(), slotOfAb);
		bookings.setPinned(bookings.findByRequest(ae.id()).orElseThrow().id(), true);
		MeetingRequest fg = requests.accept(fixture.user(ORGANISER),
				requests.propose(fixture.user(ORGANISER), event.id(), f.id(), g.id(), 2, "unpinned").id(), slotOfCd);

		assertThatThrownBy(() -> schedules.publish(fixture.user(ORGANISER), event.id(), run))
			.isInstanceOf(BookingConflictException.class);

		assertThat(bookings.findByRequest(fg.id())).as("the unpinned booking publishing deleted first is back")
			.hasValueSatisfying(bk -> assertThat(bk.slotId()).isEqualTo(slotOfCd));
		assertThat(bookings.findByRequest(cd.id())).as("nothing of the run was placed").isEmpty();
		assertThat(bookings.findByRequest(ab.id())).isEmpty();
		assertThat(schedules.publishedAt(event.id())).isNull();
	}

	/**
	 * A real solve on a crowded random instance (thousands of meetings, few slots) with a
	 * one-minute limit: it keeps searching until stopped.
	 */
	private long solveForAMinute(Event event) {
		var problem = Instances.random(7, 1500, 12000, 24, 20);
		long run = runner.begin(event.id(), ORGANISER, problem.meetings().size());
		runner.submit(run, problem, SolveOptions.defaults().withTimeLimit(Duration.ofMinutes(1)),
				new ScheduleRunner.Mapping(Map.of(), Map.of()));
		return run;
	}

	private void awaitStatus(Event event, long run, String status) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(15))
			.until(() -> schedules.run(fixture.user(ORGANISER), event.id(), run).status(), status::equals);
	}

	private String runPage(Event event, long run, String language) throws java.io.IOException {
		return mvc.get()
			.uri("/events/{id}/schedule/runs/{run}", event.id(), run)
			.header("Accept-Language", language)
			.with(as(users, ORGANISER))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
