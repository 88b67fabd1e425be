package org.kakehashi.bench.scheduling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kakehashi.scheduling.Assignment;
import org.kakehashi.scheduling.Instance;
import org.kakehashi.scheduling.Meeting;
import org.kakehashi.scheduling.ParticipantAvailability;
import org.kakehashi.scheduling.Schedule;
import org.kakehashi.scheduling.ScheduleValidator;
import org.kakehashi.scheduling.Slot;

/**
 * What the benchmark reports about a schedule, computed from the contract files alone.
 *
 * @param participantDays (participant, day) pairs with at least one meeting
 */
record Metrics(int placed, int placedPriority1, int idleGaps, int participantDays, int violations) {

	static Metrics of(Instance instance, Schedule schedule) {
		Map<String, Meeting> meetings = new HashMap<>();
		instance.meetings().forEach(m -> meetings.put(m.id(), m));
		Map<String, Slot> slots = new HashMap<>();
		instance.slots().forEach(s -> slots.put(s.id(), s));
		Map<String, TreeMap<LocalDate, List<Slot>>> days = new HashMap<>();
		Map<LocalDate, List<Slot>> slotsOfDay = new TreeMap<>();
		instance.slots().forEach(s -> slotsOfDay.computeIfAbsent(s.day(), d -> new ArrayList<>()).add(s));
		slotsOfDay.values().forEach(l -> l.sort(java.util.Comparator.comparing(Slot::start)));
		int p1 = 0;
		for (Assignment a : schedule.assignments()) {
			Meeting m = meetings.get(a.meeting());
			p1 += m.priority() == 1 ? 1 : 0;
			Slot s = slots.get(a.slot());
			for (String p : m.participants()) {
				days.computeIfAbsent(p, k -> new TreeMap<>()).computeIfAbsent(s.day(), d -> new ArrayList<>()).add(s);
			}
		}
		int gaps = 0;
		int participantDays = 0;
		for (TreeMap<LocalDate, List<Slot>> byDay : days.values()) {
			for (Map.Entry<LocalDate, List<Slot>> day : byDay.entrySet()) {
				participantDays++;
				gaps += gaps(slotsOfDay.get(day.getKey()), new HashSet<>(day.getValue()));
			}
		}
		int violations = ScheduleValidator.validate(instance, schedule).size();
		return new Metrics(schedule.assignments().size(), p1, gaps, participantDays, violations);
	}

	private static int gaps(List<Slot> daySlots, Set<Slot> busy) {
		int first = -1;
		int last = -1;
		for (int i = 0; i < daySlots.size(); i++) {
			if (busy.contains(daySlots.get(i))) {
				first = first < 0 ? i : first;
				last = i;
			}
		}
		return last - first + 1 - busy.size();
	}

	/** Keeps a baseline's placements that break no hard rule (first come, first kept). */
	static Schedule repaired(Instance instance, Map<String, String> slotOf) {
		Map<String, ParticipantAvailability> people = new HashMap<>();
		instance.participants().forEach(p -> people.put(p.id(), p));
		Map<String, Integer> tables = new HashMap<>();
		instance.slots().forEach(s -> tables.put(s.id(), s.tables()));
		Map<String, Integer> used = new HashMap<>();
		Set<String> busy = new HashSet<>();
		List<Assignment> kept = new ArrayList<>();
		List<String> unscheduled = new ArrayList<>();
		for (Meeting m : instance.meetings()) {
			String s = slotOf.get(m.id());
			boolean ok = s != null && used.getOrDefault(s, 0) < tables.get(s);
			for (String p : m.participants()) {
				ParticipantAvailability person = people.get(p);
				ok &= s != null && (person.available() == null || person.available().contains(s))
						&& !busy.contains(p + '\u0000' + s);
			}
			if (!ok) {
				unscheduled.add(m.id());
				continue;
			}
			m.participants().forEach(p -> busy.add(p + '\u0000' + s));
			kept.add(new Assignment(m.id(), s, used.merge(s, 1, Integer::sum)));
		}
		return new Schedule(instance.event(), kept, unscheduled);
	}
}
