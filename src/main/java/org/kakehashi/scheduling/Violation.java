package org.kakehashi.scheduling;

/**
 * A broken hard rule, with a message naming the meeting, slot or participant involved.
 */
public record Violation(String rule, String message) {

	@Override
	public String toString() {
		return rule + ": " + message;
	}
}
