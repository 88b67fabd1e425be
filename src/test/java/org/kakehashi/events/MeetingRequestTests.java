package org.kakehashi.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The request state machine: opt-in answers from pending, cancellation only once
 * accepted.
 */
class MeetingRequestTests {

	static MeetingRequest aPendingRequest() {
		return new MeetingRequest(7, "e", 1, 2, "Hello", MeetingRequestStatus.PENDING, 2, null,
				OffsetDateTime.of(2026, 10, 1, 9, 0, 0, 0, ZoneOffset.UTC), 0);
	}

	@Test
	void aPendingRequestCanBeAcceptedDeclinedOrWithdrawn() {
		assertThat(aPendingRequest().accept().status()).isEqualTo(MeetingRequestStatus.ACCEPTED);
		assertThat(aPendingRequest().decline().status()).isEqualTo(MeetingRequestStatus.DECLINED);
		assertThat(aPendingRequest().withdraw().status()).isEqualTo(MeetingRequestStatus.WITHDRAWN);
	}

	@Test
	void anAcceptedRequestCanBeCancelledButNotAcceptedAgain() {
		MeetingRequest accepted = aPendingRequest().accept();

		assertThat(accepted.cancel().status()).isEqualTo(MeetingRequestStatus.CANCELLED);
		assertThatThrownBy(accepted::accept).isInstanceOf(IllegalMeetingRequestTransitionException.class)
			.hasMessage("meeting request 7 is accepted and cannot become accepted");
	}

	@Test
	void aDeclinedRequestCannotBeAccepted() {
		assertThatThrownBy(() -> aPendingRequest().decline().accept())
			.isInstanceOf(IllegalMeetingRequestTransitionException.class)
			.hasMessage("meeting request 7 is declined and cannot become accepted");
	}

	@Test
	void aPendingRequestCannotBeCancelled() {
		assertThatThrownBy(() -> aPendingRequest().cancel())
			.isInstanceOf(IllegalMeetingRequestTransitionException.class);
	}

	@Test
	void nobodyRequestsAMeetingWithThemselvesAndPriorityIsOneToThree() {
		OffsetDateTime now = OffsetDateTime.now();
		assertThatThrownBy(() -> new MeetingRequest(1, "e", 3, 3, "", MeetingRequestStatus.PENDING, 2, null, now, 0))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> aPendingRequest().withPriority(4)).isInstanceOf(IllegalArgumentException.class);
		assertThat(aPendingRequest().withPriority(1).priority()).isEqualTo(1);
	}

	@Test
	void aSlotPlanMakesDaysTimesStartTimesWithCodesInTheEventsZone() {
		SlotPlan plan = new SlotPlan(List.of(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 2)),
				SlotPlan.every(LocalTime.of(9, 0), LocalTime.of(10, 0), 30), 30, 10);

		List<EventSlot> slots = plan.slots("e", "Europe/Berlin");

		assertThat(slots).extracting(EventSlot::code).containsExactly("d1-0900", "d1-0930", "d2-0900", "d2-0930");
		assertThat(slots.get(0).startsAt())
			.isEqualTo(OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.ofHours(1)));
		assertThat(slots.get(3).endsAt()).isEqualTo(OffsetDateTime.of(2026, 11, 3, 10, 0, 0, 0, ZoneOffset.ofHours(1)));
	}

}
