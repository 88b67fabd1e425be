package org.kakehashi.scheduling;

import java.util.ArrayList;
import java.util.List;

/** Runs every hard rule of the contract; an empty result means the schedule is valid. */
public final class ScheduleValidator {

	private static final List<HardRule> RULES = List.of(new EveryMeetingOnceRule(), new AvailabilityRule(),
			new NoDoubleBookingRule(), new TableNumbersRule());

	private ScheduleValidator() {
	}

	public static List<HardRule> rules() {
		return RULES;
	}

	public static List<Violation> validate(Instance instance, Schedule schedule) {
		List<Violation> violations = new ArrayList<>();
		for (HardRule rule : RULES) {
			violations.addAll(rule.check(instance, schedule));
		}
		return violations;
	}

}
