package org.kakehashi.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kakehashi.TwoInstances;
import org.kakehashi.accounts.AccountService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The booking phase behind a load balancer (issue 11): two instances on one database
 * accept, at the same moment, two meetings that cannot both have the slot. The database's
 * unique keys decide across instances as they do inside one: exactly one is booked, the
 * other is refused as a booking conflict, and nothing is half-written.
 */
class BookingAcrossInstancesIntegrationTests {

	@TempDir
	static Path temp;

	static TwoInstances instances;

	@BeforeAll
	static void startTwoInstances() {
		instances = TwoInstances.start("booking", temp,
				List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=1"));
	}

	@AfterAll
	static void stopThem() {
		if (instances != null) {
			instances.close();
		}
	}

	@Test
	void theSamePersonAcceptedForOneSlotOnTwoInstancesIsBookedOnce() throws Exception {
		PartneringFixture fixture = fixture(instances.first());
		Event event = fixture.event("across-person", EventKind.PARTNERING_CONFERENCE, 1, 10);
		Participant a = fixture.guest(event, "biom-0002");
		Participant b = fixture.guest(event, "obhq-0002");
		Participant c = fixture.guest(event, "obhq-0003");
		MeetingRequest ab = fixture.requests().propose(fixture.user("manager.biom"), event.id(), a.id(), b.id(), 2, "");
		MeetingRequest ac = fixture.requests().propose(fixture.user("manager.biom"), event.id(), a.id(), c.id(), 2, "");
		long slot = fixture.events().slots(event.id()).get(0).id();

		List<Object> outcomes = instances
			.onBothAtOnce(context -> accept(context, context == instances.first() ? ab.id() : ac.id(), slot));

		assertThat(outcomes).filteredOn(o -> o instanceof MeetingRequest).hasSize(1);
		assertThat(outcomes).filteredOn(o -> o instanceof BookingConflictException).hasSize(1);
		assertThat(jdbc().sql("select count(*) from booking_seat where slot_id = ? and participant_id = ?")
			.params(slot, a.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(jdbc().sql("select status from meeting_request where event_id = ?")
			.param(event.id())
			.query(String.class)
			.list()).containsExactlyInAnyOrder("accepted", "pending");
	}

	@Test
	void theLastTableAcceptedOnTwoInstancesIsBookedOnce() throws Exception {
		PartneringFixture fixture = fixture(instances.first());
		Event event = fixture.event("across-table", EventKind.PARTNERING_CONFERENCE, 1, 1);
		Participant a = fixture.guest(event, "biom-0002");
		Participant b = fixture.guest(event, "obhq-0002");
		Participant c = fixture.guest(event, "lsn-0002");
		Participant d = fixture.guest(event, "fbri-0002");
		MeetingRequest ab = fixture.requests().propose(fixture.user("manager.biom"), event.id(), a.id(), b.id(), 2, "");
		MeetingRequest cd = fixture.requests().propose(fixture.user("manager.biom"), event.id(), c.id(), d.id(), 2, "");
		long slot = fixture.events().slots(event.id()).get(0).id();

		List<Object> outcomes = instances
			.onBothAtOnce(context -> accept(context, context == instances.first() ? ab.id() : cd.id(), slot));

		assertThat(outcomes).filteredOn(o -> o instanceof MeetingRequest).hasSize(1);
		assertThat(outcomes).filteredOn(o -> o instanceof BookingConflictException).hasSize(1);
		assertThat(
				jdbc().sql("select count(*) from booking where slot_id = ?").param(slot).query(Integer.class).single())
			.isEqualTo(1);
	}

	private static Object accept(ConfigurableApplicationContext context, long request, long slot) {
		PartneringFixture on = fixture(context);
		try {
			return on.requests().accept(on.user("manager.biom"), request, slot);
		}
		catch (RuntimeException ex) {
			return ex;
		}
	}

	private static PartneringFixture fixture(ConfigurableApplicationContext context) {
		return new PartneringFixture(context.getBean(EventService.class), context.getBean(RegistrationService.class),
				context.getBean(MeetingRequestService.class), context.getBean(AccountService.class));
	}

	private static JdbcClient jdbc() {
		return instances.first().getBean(JdbcClient.class);
	}

}
