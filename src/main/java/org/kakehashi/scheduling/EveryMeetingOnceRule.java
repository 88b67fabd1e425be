package org.kakehashi.scheduling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rule 1: every meeting id appears exactly once, in assignments or in unscheduled. */
public final class EveryMeetingOnceRule implements HardRule {

	@Override
	public String name() {
		return "every meeting exactly once";
	}

	@Override
	public List<Violation> check(Instance instance, Schedule schedule) {
		Map<String, Integer> seen = HashMap.newHashMap(instance.meetings().size());
		instance.meetings().forEach(m -> seen.put(m.id(), 0));
		List<Violation> violations = new ArrayList<>();
		schedule.assignments().forEach(a -> count(seen, a.meeting(), violations));
		schedule.unscheduled().forEach(id -> count(seen, id, violations));
		for (Meeting m : instance.meetings()) {
			int times = seen.get(m.id());
			if (times != 1) {
				violations.add(new Violation(name(), "meeting '" + m.id() + "' appears " + times + " times"));
			}
		}
		return violations;
	}

	private void count(Map<String, Integer> seen, String id, List<Violation> violations) {
		if (seen.computeIfPresent(id, (k, n) -> n + 1) == null) {
			violations.add(new Violation(name(), "unknown meeting '" + id + "'"));
		}
	}

}
