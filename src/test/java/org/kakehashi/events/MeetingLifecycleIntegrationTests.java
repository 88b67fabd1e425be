package org.kakehashi.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.IntegrationTest;
import org.kakehashi.TestClock;
import org.kakehashi.accounts.AccountService;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.WrongStateException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A placed meeting's life after scheduling: called off (its slot goes at once to the most
 * important waiting meeting), checked in or missed (organisers only), and rated by its
 * two parties once it has started.
 */
@IntegrationTest
class MeetingLifecycleIntegrationTests {

	@Autowired
	EventService events;

	@Autowired
	RegistrationService registrations;

	@Autowired
	MeetingRequestService requests;

	@Autowired
	MeetingService meetings;

	@Autowired
	AgendaService agendas;

	@Autowired
	AccountService accounts;

	@Autowired
	TestClock clock;

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
	void aCalledOffMeetingHandsItsSlotToTheWaitingMeeting() {
		Event event = fixture.event("cancel", EventKind.PARTNERING_CONFERENCE, 1, 1);
		long slot = events.slots(event.id()).get(0).id();
		Participant a = fixture.guest(event, "biom-0002");
		Participant b = fixture.guest(event, "obhq-0002");
		Participant c = fixture.guest(event, "lsn-0002");
		Participant d = fixture.guest(event, "kawasaki-0002");
		MeetingRequest placed = requests.propose(fixture.user("manager.biom"), event.id(), a.id(), b.id(), 2, "");
		requests.accept(fixture.user("manager.biom"), placed.id(), slot);
		// the only table is taken: this one waits
		MeetingRequest waiting = fixture.accepted(event, c, d);
		assertThat(agendas.agenda(c)).isEmpty();

		Optional<MeetingRequest> movedUp = meetings.cancel(fixture.user("manager.biom"), placed.id());

		assertThat(movedUp).map(MeetingRequest::id).contains(waiting.id());
		assertThat(agendas.agenda(c)).singleElement().satisfies(item -> assertThat(item.slot().id()).isEqualTo(slot));
		assertThat(agendas.agenda(a)).isEmpty();
		assertThat(requests.requests(placed.id()).status()).isEqualTo(MeetingRequestStatus.CANCELLED);
	}

	@Test
	void organisersRecordAttendanceAndParticipantsCannot() {
		Event event = fixture.event("attendance", EventKind.PARTNERING_CONFERENCE, 1, 2);
		long slot = events.slots(event.id()).get(0).id();
		Participant a = fixture.guest(event, "biom-0003");
		Participant b = fixture.guest(event, "obhq-0003");
		MeetingRequest r = requests.propose(fixture.user("manager.biom"), event.id(), a.id(), b.id(), 2, "");
		requests.accept(fixture.user("manager.biom"), r.id(), slot);
		long booking = agendas.agenda(a).get(0).booking().id();

		assertThat(meetings.markAttendance(fixture.user("manager.biom"), booking, Attendance.CHECKED_IN).attendance())
			.isEqualTo(Attendance.CHECKED_IN);
		assertThat(meetings.markAttendance(fixture.user("manager.biom"), booking, Attendance.NO_SHOW).attendance())
			.isEqualTo(Attendance.NO_SHOW);
		assertThatThrownBy(() -> meetings.markAttendance(fixture.user("member.biom"), booking, Attendance.CHECKED_IN))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> meetings.markAttendance(fixture.user("manager.osaka"), booking, Attendance.NO_SHOW))
			.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void feedbackOpensWhenTheMeetingStartsAndOnlyForItsParties() {
		Event event = fixture.event("feedback", EventKind.PARTNERING_CONFERENCE, 1, 2);
		long slot = events.slots(event.id()).get(0).id();
		Participant biom = registrations.register(fixture.user("member.biom"), event.id(), null);
		Participant osaka = registrations.register(fixture.user("member.osaka"), event.id(), null);
		MeetingRequest r = requests.propose(fixture.user("manager.biom"), event.id(), biom.id(), osaka.id(), 2, "");
		requests.accept(fixture.user("manager.biom"), r.id(), slot);
		long booking = agendas.agenda(biom).get(0).booking().id();

		assertThatThrownBy(() -> meetings.feedback(fixture.user("member.biom"), booking, true, true))
			.isInstanceOf(WrongStateException.class);

		EventSlot at = events.slots(event.id()).get(0);
		clock.advance(Duration.between(clock.instant(), at.startsAt().toInstant()).plusMinutes(5));

		assertThat(meetings.feedback(fixture.user("member.biom"), booking, true, true))
			.isEqualTo(new MeetingFeedback(true, true));
		assertThat(meetings.feedback(fixture.user("member.osaka"), booking, false, false))
			.isEqualTo(new MeetingFeedback(false, false));
		assertThatThrownBy(() -> meetings.feedback(fixture.user("member.lsn"), booking, true, false))
			.isInstanceOf(ForbiddenException.class);
	}

}
