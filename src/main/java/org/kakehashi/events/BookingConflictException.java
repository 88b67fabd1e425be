package org.kakehashi.events;

/**
 * A booking lost against another one: the person or the table is already taken in that
 * slot. Raised when the database refuses the second of two parallel bookings.
 */
public class BookingConflictException extends RuntimeException {

	public BookingConflictException(String message) {
		super(message);
	}

}
