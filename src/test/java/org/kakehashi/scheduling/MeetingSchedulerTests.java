package org.kakehashi.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class MeetingSchedulerTests {

	private final MeetingScheduler scheduler = new MeetingScheduler();

	private static SolveOptions quick(long seed) {
		return SolveOptions.defaults().withSeed(seed).withTimeLimit(Duration.ofSeconds(1));
	}

	@Test
	void placesEveryMeetingOfAnEasyInstance() {
		List<Meeting> meetings = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			meetings.add(Instances.meeting("m-" + i, 1 + i % 3, "p-" + i % 10, "p-" + (10 + i % 7)));
		}
		Instance instance = new Instance("easy", Instances.slots(1, 12, 5), Instances.everyone(17), meetings);
		SchedulingResult result = scheduler.schedule(instance, quick(1));
		assertThat(result.schedule().unscheduled()).isEmpty();
		assertThat(ScheduleValidator.validate(instance, result.schedule())).isEmpty();
		assertThat(result.stats().placed()).isEqualTo(30);
	}

	@Test
	void leavesNoIdleGapsWhenDaysCanBeCompact() {
		Instance instance = new Instance("compact", Instances.slots(2, 8, 1),
				List.of(new ParticipantAvailability("a", List.of("s-0", "s-3", "s-7", "s-8", "s-15")),
						ParticipantAvailability.alwaysAvailable("b"), ParticipantAvailability.alwaysAvailable("c"),
						ParticipantAvailability.alwaysAvailable("d")),
				List.of(Instances.meeting("a-b", 2, "a", "b"), Instances.meeting("a-c", 2, "a", "c"),
						Instances.meeting("b-c", 2, "b", "c"), Instances.meeting("c-d", 2, "c", "d")));
		SchedulingResult result = scheduler.schedule(instance, quick(1));
		assertThat(result.schedule().unscheduled()).isEmpty();
		assertThat(result.stats().idleGaps()).isZero();
	}

	@Test
	void neverBreaksAHardRuleOnRandomInstances() {
		for (long seed = 1; seed <= 6; seed++) {
			Instance instance = Instances.random(seed, 40, 160, 10, 6);
			SchedulingResult result = scheduler.schedule(instance, quick(seed));
			assertThat(ScheduleValidator.validate(instance, result.schedule())).as("seed %d", seed).isEmpty();
			assertThat(result.unplacedReasons().keySet())
				.containsExactlyInAnyOrderElementsOf(result.schedule().unscheduled());
		}
	}

	@Test
	void staysValidWithPinsAndAPreviousScheduleTogether() {
		for (long seed = 1; seed <= 3; seed++) {
			Instance instance = Instances.random(seed, 40, 160, 10, 6);
			Schedule published = scheduler.solve(instance, quick(seed));
			List<Assignment> pins = published.assignments().subList(0, 10);
			Instance changed = withLateRequest(instance);
			SchedulingResult rerun = scheduler.schedule(changed, quick(seed).withPinned(pins).withPrevious(published));
			assertThat(ScheduleValidator.validate(changed, rerun.schedule())).as("seed %d", seed).isEmpty();
			assertThat(rerun.schedule().assignments()).containsAll(pins);
		}
	}

	@Test
	void prefersTheMoreImportantMeetingWhenOnlyOneFits() {
		Instance instance = new Instance("one-slot", Instances.slots(1, 1, 5), Instances.everyone(3),
				List.of(Instances.meeting("low", 3, "p-0", "p-1"), Instances.meeting("high", 1, "p-0", "p-2")));
		assertThat(scheduler.solve(instance, quick(1)).unscheduled()).containsExactly("low");
	}

	@Test
	void givesTheSameScheduleForTheSameSeed() {
		Instance instance = Instances.random(7, 60, 300, 12, 8);
		SolveOptions options = SolveOptions.defaults()
			.withSeed(42)
			.withMaxIterations(3_000)
			.withTimeLimit(Duration.ofSeconds(20));
		assertThat(scheduler.solve(instance, options)).isEqualTo(scheduler.solve(instance, options));
	}

	@Test
	void keepsPinnedMeetingsExactlyWhereTheOrganiserPutThem() {
		Instance instance = Instances.random(3, 40, 160, 10, 6);
		List<Assignment> pins = List.of(new Assignment("m-0", "s-9", 6), new Assignment("m-1", "s-0", 1));
		List<Assignment> assignments = scheduler.solve(instance, quick(3).withPinned(pins)).assignments();
		assertThat(assignments).containsAll(pins);
		assertThat(ScheduleValidator.validate(instance, scheduler.solve(instance, quick(3).withPinned(pins))))
			.isEmpty();
	}

	@Test
	void rejectsAPinThatBreaksAHardRule() {
		Instance instance = Instances.random(3, 40, 160, 10, 6);
		List<Assignment> clash = List.of(new Assignment("m-0", "s-1", 1), new Assignment("m-0", "s-2", 2));
		assertThatThrownBy(() -> scheduler.solve(instance, quick(1).withPinned(clash)))
			.isInstanceOf(InvalidInstanceException.class)
			.hasMessageContaining("m-0");
		List<Assignment> badTable = List.of(new Assignment("m-0", "s-1", 7));
		assertThatThrownBy(() -> scheduler.solve(instance, quick(1).withPinned(badTable)))
			.hasMessageContaining("table 7");
	}

	@Test
	void movesFewPublishedMeetingsAfterALateChange() {
		Instance before = Instances.random(11, 60, 220, 12, 10);
		Schedule published = scheduler.solve(before, quick(1));
		Instance after = withLateRequest(before);
		SchedulingResult rerun = scheduler.schedule(after, quick(2).withPrevious(published));
		SchedulingResult fresh = scheduler.schedule(after, quick(2));
		assertThat(ScheduleValidator.validate(after, rerun.schedule())).isEmpty();
		assertThat(rerun.stats().placed()).isGreaterThanOrEqualTo(published.assignments().size());
		assertThat(rerun.stats().movedFromPrevious()).isLessThanOrEqualTo(3);
		assertThat(rerun.schedule().assignments()).filteredOn(published.assignments()::contains)
			.hasSizeGreaterThanOrEqualTo(published.assignments().size() - 3);
		assertThat(moved(published, fresh.schedule())).isGreaterThan(rerun.stats().movedFromPrevious());
	}

	private static Instance withLateRequest(Instance instance) {
		List<Meeting> meetings = new ArrayList<>(instance.meetings());
		meetings.add(Instances.meeting("late", 1, "p-10", "p-11"));
		return new Instance(instance.event(), instance.slots(), instance.participants(), meetings);
	}

	private static long moved(Schedule published, Schedule other) {
		return published.assignments()
			.stream()
			.filter(a -> other.assignments()
				.stream()
				.noneMatch(b -> b.meeting().equals(a.meeting()) && b.slot().equals(a.slot())))
			.count();
	}

	@Test
	void explainsWhyMeetingsStayUnplaced() {
		Instance instance = new Instance("reasons", Instances.slots(1, 2, 1),
				List.of(new ParticipantAvailability("a", List.of("s-0")),
						new ParticipantAvailability("b", List.of("s-1")),
						new ParticipantAvailability("c", List.of("s-0")), ParticipantAvailability.alwaysAvailable("d"),
						ParticipantAvailability.alwaysAvailable("e"), ParticipantAvailability.alwaysAvailable("f")),
				List.of(Instances.meeting("apart", 1, "a", "b"), Instances.meeting("first", 1, "a", "c"),
						Instances.meeting("second", 3, "a", "d"), Instances.meeting("e-f", 2, "e", "f"),
						Instances.meeting("d-e", 3, "d", "e")));
		SchedulingResult result = scheduler.schedule(instance, quick(1));
		assertThat(result.unplacedReasons()).containsEntry("apart", "participants a and b share no available slot")
			.containsEntry("second", "participant a is fully booked in the 1 slots all participants can attend")
			.containsEntry("d-e", "all tables are taken in the common slots where all participants are free");
	}

	@Test
	void reportsProgressAndStopsWhenCancelled() {
		Instance instance = Instances.random(5, 60, 300, 12, 8);
		AtomicReference<Double> last = new AtomicReference<>(0.0);
		SolveProgressListener cancelAtOnce = new SolveProgressListener() {

			@Override
			public void onProgress(double fraction, int placed) {
				last.set(fraction);
			}

			@Override
			public boolean cancelRequested() {
				return true;
			}
		};
		SchedulingResult result = scheduler.schedule(instance, quick(1).withProgress(cancelAtOnce));
		assertThat(last.get()).isEqualTo(1.0);
		assertThat(result.stats().stopReason()).isEqualTo("cancelled");
		assertThat(ScheduleValidator.validate(instance, result.schedule())).isEmpty();
	}

}
