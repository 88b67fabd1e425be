package org.kakehashi.events;

import java.util.List;

/**
 * The events on either side of now.
 *
 * @param current upcoming and running events, soonest first
 * @param past events that have ended, latest first
 */
public record EventsByTime(List<Event> current, List<Event> past) {

	public EventsByTime {
		current = List.copyOf(current);
		past = List.copyOf(past);
	}

}
