package org.kakehashi.events;

/**
 * A scheduler run is not in the state an action needs (cancelling a run that already
 * ended, publishing one that did not finish). The API answers 409.
 */
public class RunStateException extends RuntimeException {

	public RunStateException(String message) {
		super(message);
	}

}
