package org.kakehashi.scheduling;

/**
 * An instance or schedule that breaks the file contract. The message always names the
 * offending item (slot, participant or meeting id, or the position in the file), because
 * organisers fix their exports from it.
 */
public class InvalidInstanceException extends IllegalArgumentException {

	public InvalidInstanceException(String message) {
		super(message);
	}

	public InvalidInstanceException(String message, Throwable cause) {
		super(message, cause);
	}

}
