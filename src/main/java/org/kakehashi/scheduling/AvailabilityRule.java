package org.kakehashi.scheduling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule 2: a meeting is only placed in a slot every one of its participants can attend.
 */
public final class AvailabilityRule implements HardRule {

	@Override
	public String name() {
		return "participants available";
	}

	@Override
	public List<Violation> check(Instance instance, Schedule schedule) {
		Map<String, Set<String>> available = HashMap.newHashMap(instance.participants().size());
		for (ParticipantAvailability p : instance.participants()) {
			if (!p.availableForAll()) {
				available.put(p.id(), new HashSet<>(p.available()));
			}
		}
		Set<String> slots = new HashSet<>();
		instance.slots().forEach(s -> slots.add(s.id()));
		Map<String, Meeting> meetings = HashMap.newHashMap(instance.meetings().size());
		instance.meetings().forEach(m -> meetings.put(m.id(), m));
		List<Violation> violations = new ArrayList<>();
		for (Assignment a : schedule.assignments()) {
			Meeting meeting = meetings.get(a.meeting());
			if (!slots.contains(a.slot())) {
				violations
					.add(new Violation(name(), "meeting '" + a.meeting() + "' in unknown slot '" + a.slot() + "'"));
			}
			else if (meeting != null) {
				for (String p : meeting.participants()) {
					Set<String> can = available.get(p);
					if (can != null && !can.contains(a.slot())) {
						violations.add(new Violation(name(), "meeting '" + a.meeting() + "' in slot '" + a.slot()
								+ "' but participant '" + p + "' is not available then"));
					}
				}
			}
		}
		return violations;
	}

}
