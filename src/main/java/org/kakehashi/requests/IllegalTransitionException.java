package org.kakehashi.requests;

import org.kakehashi.shared.WrongStateException;

/**
 * A step the request's state does not allow, e.g. accepting a request that was already
 * declined. The API answers 409 {@code wrong-state} with the state; the page shows the
 * message.
 */
public class IllegalTransitionException extends WrongStateException {

	private final RequestState state;

	private final String action;

	public IllegalTransitionException(RequestState state, String action) {
		super(state.code(), "a request in state '" + state.code() + "' cannot be " + action);
		this.state = state;
		this.action = action;
	}

	public RequestState state() {
		return state;
	}

	public String action() {
		return action;
	}

}
