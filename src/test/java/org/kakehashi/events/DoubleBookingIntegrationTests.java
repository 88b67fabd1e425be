package org.kakehashi.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.IntegrationTest;
import org.kakehashi.accounts.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two acceptances at the same moment can never double-book a person or a table: the
 * database's unique keys decide, exactly one wins, the other gets a
 * BookingConflictException (409 / form error).
 */
@IntegrationTest
class DoubleBookingIntegrationTests {

	@Autowired
	EventService events;

	@Autowired
	RegistrationService registrations;

	@Autowired
	MeetingRequestService requests;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	PartneringFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new PartneringFixture(events, registrations, requests, accounts);
	}

	@Test
	void twoParallelAcceptancesForTheSamePersonAndSlotBookOnlyOne() throws Exception {
		Event event = fixture.event("race-person", EventKind.PARTNERING_CONFERENCE, 2, 10);
		Participant a = fixture.guest(event, "biom-0002");
		Participant b = fixture.guest(event, "obhq-0002");
		Participant c = fixture.guest(event, "obhq-0003");
		MeetingRequest ab = requests.propose(fixture.user("manager.biom"), event.id(), a.id(), b.id(), 2, "");
		MeetingRequest ac = requests.propose(fixture.user("manager.biom"), event.id(), a.id(), c.id(), 2, "");
		long slot = events.slots(event.id()).get(0).id();

		List<Object> outcomes = race(() -> requests.accept(fixture.user("manager.biom"), ab.id(), slot),
				() -> requests.accept(fixture.user("manager.biom"), ac.id(), slot));

		assertThat(outcomes).filteredOn(o -> o instanceof MeetingRequest).hasSize(1);
		assertThat(outcomes).filteredOn(o -> o instanceof BookingConflictException).hasSize(1);
		assertThat(seats(slot, a.id())).isEqualTo(1);
		assertThat(statuses(event.id())).containsExactlyInAnyOrder("accepted", "pending");
	}

	@Test
	void twoParallelAcceptancesForTheLastTableBookOnlyOne() throws Exception {
		Event event = fixture.event("race-table", EventKind.PARTNERING_CONFERENCE, 1, 1);
		Participant a = fixture.guest(event, "biom-0002");
		Participant b = fixture.guest(event, "obhq-0002");
		Participant c = fixture.guest(event, "lsn-0002");
		Participant d = fixture.guest(event, "fbri-0002");
		MeetingRequest ab = requests.propose(fixture.user("manager.biom"), event.id(), a.id(), b.id(), 2, "");
		MeetingRequest cd = requests.propose(fixture.user("manager.biom"), event.id(), c.id(), d.id(), 2, "");
		long slot = events.slots(event.id()).get(0).id();

		List<Object> outcomes = race(() -> requests.accept(fixture.user("manager.biom"), ab.id(), slot),
				() -> requests.accept(fixture.user("manager.biom"), cd.id(), slot));

		assertThat(outcomes).filteredOn(o -> o instanceof MeetingRequest).hasSize(1);
		assertThat(outcomes).filteredOn(o -> o instanceof BookingConflictException).hasSize(1);
		assertThat(jdbc.sql("select count(*) from booking where slot_id = ?").param(slot).query(Integer.class).single())
			.isEqualTo(1);
	}

	/** Starts both calls at the same instant; returns each one's result or exception. */
	static List<Object> race(Callable<Object> first, Callable<Object> second) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Object>> futures = new ArrayList<>();
			for (Callable<Object> call : List.of(first, second)) {
				futures.add(pool.submit(() -> {
					start.await();
					try {
						return call.call();
					}
					catch (RuntimeException ex) {
						return ex;
					}
				}));
			}
			start.countDown();
			List<Object> outcomes = new ArrayList<>();
			for (Future<Object> f : futures) {
				outcomes.add(f.get());
			}
			return outcomes;
		}
		finally {
			pool.shutdown();
		}
	}

	int seats(long slot, long participant) {
		return jdbc.sql("select count(*) from booking_seat where slot_id = ? and participant_id = ?")
			.params(slot, participant)
			.query(Integer.class)
			.single();
	}

	List<String> statuses(String eventId) {
		return jdbc.sql("select status from meeting_request where event_id = ?")
			.param(eventId)
			.query(String.class)
			.list();
	}

}
