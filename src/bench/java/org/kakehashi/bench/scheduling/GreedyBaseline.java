package org.kakehashi.bench.scheduling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kakehashi.scheduling.Assignment;
import org.kakehashi.scheduling.Instance;
import org.kakehashi.scheduling.Meeting;
import org.kakehashi.scheduling.ParticipantAvailability;
import org.kakehashi.scheduling.Schedule;
import org.kakehashi.scheduling.Slot;

/** Baseline: each meeting in request order into the earliest slot where it fits. */
final class GreedyBaseline {

	private GreedyBaseline() {
	}

	static Schedule solve(Instance instance) {
		List<Slot> slots = instance.slots().stream()
			.sorted(java.util.Comparator.comparing(Slot::start).thenComparing(Slot::id)).toList();
		Map<String, Set<String>> available = new HashMap<>();
		for (ParticipantAvailability p : instance.participants()) {
			available.put(p.id(), p.available() == null ? null : new HashSet<>(p.available()));
		}
		Map<String, Integer> used = new HashMap<>();
		Set<String> busy = new HashSet<>();
		List<Assignment> assignments = new ArrayList<>();
		List<String> unscheduled = new ArrayList<>();
		for (Meeting m : instance.meetings()) {
			Slot chosen = null;
			for (Slot s : slots) {
				if (used.getOrDefault(s.id(), 0) < s.tables() && fits(m, s.id(), available, busy)) {
					chosen = s;
					break;
				}
			}
			if (chosen == null) {
				unscheduled.add(m.id());
				continue;
			}
			int table = used.merge(chosen.id(), 1, Integer::sum);
			for (String p : m.participants()) {
				busy.add(p + '\u0000' + chosen.id());
			}
			assignments.add(new Assignment(m.id(), chosen.id(), table));
		}
		return new Schedule(instance.event(), assignments, unscheduled);
	}

	private static boolean fits(Meeting m, String slot, Map<String, Set<String>> available, Set<String> busy) {
		for (String p : m.participants()) {
			Set<String> can = available.get(p);
			if (can != null && !can.contains(slot) || busy.contains(p + '\u0000' + slot)) {
				return false;
			}
		}
		return true;
	}
}
