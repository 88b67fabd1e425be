package org.kakehashi.bench.scheduling;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kakehashi.scheduling.Instance;
import org.kakehashi.scheduling.Meeting;
import org.kakehashi.scheduling.ParticipantAvailability;
import org.kakehashi.scheduling.Slot;

/**
 * Baseline: the straightforward Timefold Solver model. Planning entity = meeting, planning
 * variable = slot (unassigned allowed); hard: participant conflict, table capacity,
 * availability; medium: unplaced meetings; soft: unplaced weighted by priority (100/10/1).
 * Default solver phases (construction heuristic, then local search) and a spent limit;
 * environment mode NO_ASSERT so no time goes to self-checks.
 */
public final class TimefoldBaseline {

	/** Meeting id → slot id for the meetings Timefold placed (may break hard rules), and its score. */
	static Result solve(Instance instance, Duration limit, long seed) {
		Map<String, TfSlot> slots = new HashMap<>();
		instance.slots().forEach(s -> slots.put(s.id(), new TfSlot(s.id(), s.tables())));
		Map<String, ParticipantAvailability> people = new HashMap<>();
		instance.participants().forEach(p -> people.put(p.id(), p));
		List<TfMeeting> meetings = new ArrayList<>();
		for (Meeting m : instance.meetings()) {
			Set<TfSlot> allowed = new HashSet<>();
			for (Slot s : instance.slots()) {
				if (m.participants().stream().allMatch(p -> canAttend(people.get(p), s.id()))) {
					allowed.add(slots.get(s.id()));
				}
			}
			meetings.add(new TfMeeting(m.id(), m.participants(), m.priority(), allowed));
		}
		SolverConfig config = new SolverConfig().withSolutionClass(TfSchedule.class)
			.withEntityClasses(TfMeeting.class).withConstraintProviderClass(TfConstraints.class)
			.withTerminationSpentLimit(limit).withRandomSeed(seed)
			.withEnvironmentMode(EnvironmentMode.NO_ASSERT);
		TfSchedule problem = new TfSchedule(new ArrayList<>(slots.values()), meetings);
		TfSchedule solved = SolverFactory.<TfSchedule>create(config).buildSolver().solve(problem);
		Map<String, String> placed = new HashMap<>();
		for (TfMeeting m : solved.meetings) {
			if (m.slot != null) {
				placed.put(m.id, m.slot.id);
			}
		}
		return new Result(placed, String.valueOf(solved.score));
	}

	record Result(Map<String, String> slotOf, String score) {
	}

	private static boolean canAttend(ParticipantAvailability p, String slot) {
		return p.available() == null || p.available().contains(slot);
	}

	public record TfSlot(String id, int tables) {
	}

	@PlanningEntity
	public static class TfMeeting {

		@PlanningId
		public String id;

		List<String> participants;

		int priority;

		Set<TfSlot> allowed;

		@PlanningVariable(allowsUnassigned = true)
		public TfSlot slot;

		public TfMeeting() {
		}

		TfMeeting(String id, List<String> participants, int priority, Set<TfSlot> allowed) {
			this.id = id;
			this.participants = participants;
			this.priority = priority;
			this.allowed = allowed;
		}

		public List<String> getParticipants() {
			return participants;
		}

		public TfSlot getSlot() {
			return slot;
		}

		public void setSlot(TfSlot slot) {
			this.slot = slot;
		}
	}

	@PlanningSolution
	public static class TfSchedule {

		@ProblemFactCollectionProperty
		@ValueRangeProvider
		public List<TfSlot> slots;

		@PlanningEntityCollectionProperty
		public List<TfMeeting> meetings;

		@PlanningScore
		public HardMediumSoftScore score;

		public TfSchedule() {
		}

		TfSchedule(List<TfSlot> slots, List<TfMeeting> meetings) {
			this.slots = slots;
			this.meetings = meetings;
		}
	}

	public static class TfConstraints implements ConstraintProvider {

		@Override
		public Constraint[] defineConstraints(ConstraintFactory factory) {
			return new Constraint[] { participantConflict(factory), tableCapacity(factory), availability(factory),
					unplaced(factory), unplacedByPriority(factory) };
		}

		Constraint participantConflict(ConstraintFactory factory) {
			return factory.forEach(TfMeeting.class).flatten(TfMeeting::getParticipants)
				.groupBy((m, p) -> p, (m, p) -> m.getSlot(), ConstraintCollectors.countBi())
				.filter((p, s, count) -> count > 1)
				.penalize(HardMediumSoftScore.ONE_HARD, (p, s, count) -> count - 1)
				.asConstraint("participant conflict");
		}

		Constraint tableCapacity(ConstraintFactory factory) {
			return factory.forEach(TfMeeting.class).groupBy(TfMeeting::getSlot, ConstraintCollectors.count())
				.filter((s, count) -> count > s.tables())
				.penalize(HardMediumSoftScore.ONE_HARD, (s, count) -> count - s.tables())
				.asConstraint("table capacity");
		}

		Constraint availability(ConstraintFactory factory) {
			return factory.forEach(TfMeeting.class).filter(m -> !m.allowed.contains(m.slot))
				.penalize(HardMediumSoftScore.ONE_HARD).asConstraint("availability");
		}

		Constraint unplaced(ConstraintFactory factory) {
			return factory.forEachIncludingUnassigned(TfMeeting.class).filter(m -> m.slot == null)
				.penalize(HardMediumSoftScore.ONE_MEDIUM).asConstraint("unplaced");
		}

		Constraint unplacedByPriority(ConstraintFactory factory) {
			return factory.forEachIncludingUnassigned(TfMeeting.class).filter(m -> m.slot == null)
				.penalize(HardMediumSoftScore.ONE_SOFT, m -> m.priority == 1 ? 100 : m.priority == 2 ? 10 : 1)
				.asConstraint("unplaced by priority");
		}
	}
}
