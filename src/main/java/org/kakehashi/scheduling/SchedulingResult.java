package org.kakehashi.scheduling;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A solved schedule with what the contract file cannot carry.
 *
 * @param schedule the contract schedule (always valid against the instance)
 * @param unplacedReasons for each unscheduled meeting id (in instance order), why it
 * could not be placed
 */
public record SchedulingResult(Schedule schedule, Map<String, String> unplacedReasons, SolveStats stats) {

	public SchedulingResult {
		unplacedReasons = Collections.unmodifiableMap(new LinkedHashMap<>(unplacedReasons));
	}
}
