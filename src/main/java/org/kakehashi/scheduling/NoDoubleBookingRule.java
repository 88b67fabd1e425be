package org.kakehashi.scheduling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rule 3: no participant is in two meetings in the same slot. */
public final class NoDoubleBookingRule implements HardRule {

	@Override
	public String name() {
		return "no double booking";
	}

	@Override
	public List<Violation> check(Instance instance, Schedule schedule) {
		Map<String, Meeting> meetings = HashMap.newHashMap(instance.meetings().size());
		instance.meetings().forEach(m -> meetings.put(m.id(), m));
		Map<String, String> booked = HashMap.newHashMap(schedule.assignments().size() * 2);
		List<Violation> violations = new ArrayList<>();
		for (Assignment a : schedule.assignments()) {
			Meeting meeting = meetings.get(a.meeting());
			if (meeting == null) {
				continue;
			}
			for (String p : meeting.participants()) {
				String other = booked.putIfAbsent(p + '\u0000' + a.slot(), a.meeting());
				if (other != null) {
					violations.add(new Violation(name(), "participant '" + p + "' is in meetings '" + other + "' and '"
							+ a.meeting() + "' in slot '" + a.slot() + "'"));
				}
			}
		}
		return violations;
	}

}
