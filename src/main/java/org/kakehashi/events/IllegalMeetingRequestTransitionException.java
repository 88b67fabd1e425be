package org.kakehashi.events;

import org.kakehashi.shared.WrongStateException;

/**
 * A meeting request was asked to move to a state it cannot reach from its current one.
 * The API answers 409 {@code wrong-state} with the current state.
 */
public class IllegalMeetingRequestTransitionException extends WrongStateException {

	public IllegalMeetingRequestTransitionException(long id, MeetingRequestStatus from, MeetingRequestStatus to) {
		super(from.code(), "meeting request " + id + " is " + from.code() + " and cannot become " + to.code());
	}

}
