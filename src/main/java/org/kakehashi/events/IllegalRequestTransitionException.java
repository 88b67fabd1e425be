package org.kakehashi.events;

/**
 * A meeting request was asked to move to a state it cannot reach from its current one.
 */
public class IllegalRequestTransitionException extends RuntimeException {

	public IllegalRequestTransitionException(long id, RequestStatus from, RequestStatus to) {
		super("meeting request " + id + " is " + from.code() + " and cannot become " + to.code());
	}

}
