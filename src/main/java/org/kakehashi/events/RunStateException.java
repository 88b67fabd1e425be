package org.kakehashi.events;

import org.kakehashi.shared.WrongStateException;

/**
 * A scheduler run is not in the state an action needs (cancelling a run that already
 * ended, publishing one that did not finish). The API answers 409 {@code wrong-state}.
 */
public class RunStateException extends WrongStateException {

	public RunStateException(String message) {
		super(message);
	}

}
