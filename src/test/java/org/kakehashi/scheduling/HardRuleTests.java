package org.kakehashi.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HardRuleTests {

	private final Instance instance = new Instance("e", Instances.slots(1, 2, 1),
			List.of(ParticipantAvailability.alwaysAvailable("a"), ParticipantAvailability.alwaysAvailable("b"),
					new ParticipantAvailability("c", List.of("s-1"))),
			List.of(Instances.meeting("m-1", 1, "a", "b"), Instances.meeting("m-2", 2, "a", "c")));

	private final Schedule valid = new Schedule("e",
			List.of(new Assignment("m-1", "s-0", 1), new Assignment("m-2", "s-1", 1)), List.of());

	@Test
	void everyMeetingOnceAcceptsEachMeetingExactlyOnce() {
		assertThat(new EveryMeetingOnceRule().check(instance, valid)).isEmpty();
	}

	@Test
	void everyMeetingOnceNamesMissingAndRepeatedMeetings() {
		Schedule broken = new Schedule("e", List.of(new Assignment("m-1", "s-0", 1)), List.of("m-1", "m-9"));
		assertThat(new EveryMeetingOnceRule().check(instance, broken)).extracting(Violation::message)
			.containsExactlyInAnyOrder("unknown meeting 'm-9'", "meeting 'm-1' appears 2 times",
					"meeting 'm-2' appears 0 times");
	}

	@Test
	void availabilityAcceptsSlotsEveryoneCanAttend() {
		assertThat(new AvailabilityRule().check(instance, valid)).isEmpty();
	}

	@Test
	void availabilityNamesTheParticipantWhoCannotAttend() {
		Schedule broken = new Schedule("e", List.of(new Assignment("m-1", "s-1", 1), new Assignment("m-2", "s-0", 1)),
				List.of());
		assertThat(new AvailabilityRule().check(instance, broken)).singleElement()
			.extracting(Violation::message)
			.asString()
			.contains("m-2", "'c'", "s-0");
	}

	@Test
	void noDoubleBookingAcceptsParticipantsInOneMeetingPerSlot() {
		assertThat(new NoDoubleBookingRule().check(instance, valid)).isEmpty();
	}

	@Test
	void noDoubleBookingNamesTheParticipantInTwoMeetings() {
		Schedule broken = new Schedule("e", List.of(new Assignment("m-1", "s-1", 1), new Assignment("m-2", "s-1", 2)),
				List.of());
		assertThat(new NoDoubleBookingRule().check(instance, broken)).singleElement()
			.extracting(Violation::message)
			.asString()
			.contains("'a'", "m-1", "m-2", "s-1");
	}

	@Test
	void tableNumbersAcceptsDistinctTablesInRange() {
		assertThat(new TableNumbersRule().check(instance, valid)).isEmpty();
	}

	@Test
	void tableNumbersRejectsSharedAndOutOfRangeTables() {
		Schedule broken = new Schedule("e", List.of(new Assignment("m-1", "s-1", 2), new Assignment("m-2", "s-1", 2)),
				List.of());
		assertThat(new TableNumbersRule().check(instance, broken)).extracting(Violation::message)
			.anySatisfy(m -> assertThat(m).contains("table 2", "1..1"))
			.anySatisfy(m -> assertThat(m).contains("share table 2"));
	}

	@Test
	void validatorRunsAllRules() {
		assertThat(ScheduleValidator.validate(instance, valid)).isEmpty();
		Schedule empty = new Schedule("e", List.of(), List.of());
		assertThat(ScheduleValidator.validate(instance, empty)).hasSize(2);
	}

}
