package org.kakehashi.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The request's state machine: one allowed and one refused case per step. */
class EntryRequestTests {

	static final Instant MONDAY_9_BERLIN = Instant.parse("2026-06-01T07:00:00Z");

	static final Instant TUESDAY = MONDAY_9_BERLIN.plusSeconds(86_400);

	static final ServiceClock FIVE_DAYS = ServiceClock.start(MONDAY_9_BERLIN, Instant.parse("2026-06-08T22:00:00Z"));

	static EntryRequest aSubmittedRequest() {
		return EntryRequest.file("r-1", RequestType.MARKET_ENTRY, "Market entry Kansai", "We look for distributors.",
				"biom-0001", "member.biom", "biom", "obhq", FIVE_DAYS);
	}

	static EntryRequest aForwardedRequest() {
		return aSubmittedRequest().forward("obhq", "biom-obhq-2022",
				ServiceClock.start(TUESDAY, Instant.parse("2026-06-09T15:00:00Z")));
	}

	static EntryRequest anAcceptedRequest() {
		return aForwardedRequest().accept(TUESDAY.plusSeconds(3600));
	}

	static EntryRequest aRequestInProgress() {
		return anAcceptedRequest().start();
	}

	static EntryRequest aClosedRequest() {
		return aRequestInProgress().introduce().close(RequestOutcome.MEETING_HELD);
	}

	@Test
	void fileStartsSubmittedWithTheHomeClockRunning() {
		EntryRequest request = aSubmittedRequest();

		assertThat(request.state()).isEqualTo(RequestState.SUBMITTED);
		assertThat(request.respondingCluster()).isEqualTo("biom");
		assertThat(request.runningClock()).isEqualTo(FIVE_DAYS);
	}

	@Test
	void fileRejectsTheHomeClusterAsTarget() {
		assertThatThrownBy(() -> EntryRequest.file("r-2", RequestType.OTHER, "t", "d", "biom-0001", "member.biom",
				"biom", "biom", FIVE_DAYS))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void forwardStopsTheHomeClockAndStartsThePartnersClock() {
		EntryRequest request = aForwardedRequest();

		assertThat(request.state()).isEqualTo(RequestState.FORWARDED);
		assertThat(request.partnerCluster()).isEqualTo("obhq");
		assertThat(request.agreementId()).isEqualTo("biom-obhq-2022");
		assertThat(request.homeClock().respondedAt()).isEqualTo(TUESDAY);
		assertThat(request.respondingCluster()).isEqualTo("obhq");
		assertThat(request.runningClock()).isEqualTo(request.partnerClock());
	}

	@Test
	void forwardRejectsARequestAlreadyForwarded() {
		assertThatThrownBy(() -> aForwardedRequest().forward("kawasaki", "biom-kawasaki-2020",
				ServiceClock.start(TUESDAY, TUESDAY.plusSeconds(86_400))))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessage("a request in state 'forwarded' cannot be forwarded");
	}

	@Test
	void forwardRejectsTheHomeClusterAsPartner() {
		assertThatThrownBy(() -> aSubmittedRequest().forward("biom", "x",
				ServiceClock.start(TUESDAY, TUESDAY.plusSeconds(86_400))))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void acceptByThePartnerStopsThePartnersClock() {
		EntryRequest request = anAcceptedRequest();

		assertThat(request.state()).isEqualTo(RequestState.ACCEPTED);
		assertThat(request.partnerClock().respondedAt()).isEqualTo(TUESDAY.plusSeconds(3600));
		assertThat(request.runningClock()).isNull();
		assertThat(request.actingCluster()).isEqualTo("obhq");
	}

	@Test
	void acceptByTheHomeClusterItselfStopsTheHomeClock() {
		EntryRequest request = aSubmittedRequest().accept(TUESDAY);

		assertThat(request.homeClock().respondedAt()).isEqualTo(TUESDAY);
		assertThat(request.partnerCluster()).isNull();
		assertThat(request.actingCluster()).isEqualTo("biom");
	}

	@Test
	void acceptRejectsADeclinedRequest() {
		EntryRequest declined = aForwardedRequest().decline("Out of our scope", TUESDAY);

		assertThatThrownBy(() -> declined.accept(TUESDAY)).isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void declineKeepsTheReason() {
		EntryRequest request = aForwardedRequest().decline("  No capacity before autumn ", TUESDAY);

		assertThat(request.state()).isEqualTo(RequestState.DECLINED);
		assertThat(request.declineReason()).isEqualTo("No capacity before autumn");
		assertThat(request.state().isFinished()).isTrue();
	}

	@Test
	void declineRejectsAMissingReason() {
		assertThatThrownBy(() -> aForwardedRequest().decline(" ", TUESDAY))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void declineRejectsAnAcceptedRequest() {
		assertThatThrownBy(() -> anAcceptedRequest().decline("changed our mind", TUESDAY))
			.isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void startMovesAnAcceptedRequestIntoProgress() {
		assertThat(anAcceptedRequest().start().state()).isEqualTo(RequestState.IN_PROGRESS);
	}

	@Test
	void startRejectsAForwardedRequest() {
		assertThatThrownBy(() -> aForwardedRequest().start()).isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void introduceMayBeRepeated() {
		EntryRequest request = aRequestInProgress().introduce().introduce();

		assertThat(request.state()).isEqualTo(RequestState.INTRODUCTIONS_MADE);
	}

	@Test
	void introduceRejectsARequestNotYetStarted() {
		assertThatThrownBy(() -> anAcceptedRequest().introduce()).isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void closeRecordsTheOutcome() {
		EntryRequest request = aClosedRequest();

		assertThat(request.state()).isEqualTo(RequestState.CLOSED);
		assertThat(request.outcome()).isEqualTo(RequestOutcome.MEETING_HELD);
	}

	@Test
	void closeRejectsASubmittedRequest() {
		assertThatThrownBy(() -> aSubmittedRequest().close(RequestOutcome.NO_FIT))
			.isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void feedbackIsKeptOnAClosedRequest() {
		EntryRequest request = aClosedRequest().feedback(new Feedback(5, "Very helpful", "member.biom", TUESDAY));

		assertThat(request.feedback().rating()).isEqualTo(5);
		assertThat(request.feedback().comment()).isEqualTo("Very helpful");
	}

	@Test
	void feedbackIsGivenOnlyOnce() {
		EntryRequest request = aClosedRequest().feedback(new Feedback(4, null, "member.biom", TUESDAY));

		assertThatThrownBy(() -> request.feedback(new Feedback(1, null, "member.biom", TUESDAY)))
			.isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void feedbackRejectsAnOpenRequest() {
		assertThatThrownBy(() -> aRequestInProgress().feedback(new Feedback(3, null, "member.biom", TUESDAY)))
			.isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void feedbackRejectsARatingOutOfRange() {
		assertThatThrownBy(() -> new Feedback(6, null, "member.biom", TUESDAY))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void assignNamesTheManager() {
		assertThat(aForwardedRequest().assign("manager.osaka").assignee()).isEqualTo("manager.osaka");
	}

	@Test
	void assignRejectsAClosedRequest() {
		assertThatThrownBy(() -> aClosedRequest().assign("manager.osaka"))
			.isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void stateGroupsCoverEveryStateOnceExceptHandled() {
		for (RequestState s : RequestState.values()) {
			int groups = (s.isOpen() ? 1 : 0) + (s.isActive() ? 1 : 0) + (s.isFinished() ? 1 : 0);
			assertThat(groups).as(s.code()).isEqualTo(1);
		}
	}

	@Test
	void clockStatusFollowsTheRespondersZone() {
		ZoneId berlin = ZoneId.of("Europe/Berlin");

		assertThat(FIVE_DAYS.status(Instant.parse("2026-06-07T21:59:59Z"), berlin))
			.isEqualTo(ServiceClock.Status.RUNNING);
		assertThat(FIVE_DAYS.status(Instant.parse("2026-06-07T22:00:00Z"), berlin)).isEqualTo(ServiceClock.Status.DUE);
		assertThat(FIVE_DAYS.status(Instant.parse("2026-06-08T22:00:00Z"), berlin))
			.isEqualTo(ServiceClock.Status.OVERDUE);
		assertThat(FIVE_DAYS.stop(Instant.parse("2026-06-08T21:59:00Z")).status(TUESDAY, berlin))
			.isEqualTo(ServiceClock.Status.MET);
		assertThat(FIVE_DAYS.stop(Instant.parse("2026-06-08T22:00:00Z")).status(TUESDAY, berlin))
			.isEqualTo(ServiceClock.Status.MISSED);
	}

}
