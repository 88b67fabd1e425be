package org.kakehashi.scheduling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rule 4: in each slot, table numbers are distinct and within 1..tables. */
public final class TableNumbersRule implements HardRule {

	@Override
	public String name() {
		return "table numbers";
	}

	@Override
	public List<Violation> check(Instance instance, Schedule schedule) {
		Map<String, Integer> tables = new HashMap<>();
		instance.slots().forEach(s -> tables.put(s.id(), s.tables()));
		Map<String, String> taken = HashMap.newHashMap(schedule.assignments().size());
		List<Violation> violations = new ArrayList<>();
		for (Assignment a : schedule.assignments()) {
			Integer count = tables.get(a.slot());
			if (count == null) {
				continue;
			}
			if (a.table() < 1 || a.table() > count) {
				violations.add(new Violation(name(), "meeting '" + a.meeting() + "' at table " + a.table()
						+ " but slot '" + a.slot() + "' has tables 1.." + count));
			}
			String other = taken.putIfAbsent(a.slot() + '\u0000' + a.table(), a.meeting());
			if (other != null) {
				violations.add(new Violation(name(), "meetings '" + other + "' and '" + a.meeting() + "' share table "
						+ a.table() + " in slot '" + a.slot() + "'"));
			}
		}
		return violations;
	}

}
