package org.kakehashi.shared;

import org.jspecify.annotations.Nullable;

/**
 * An action the current state of its target does not allow: accepting a request that was
 * already declined, cancelling a scheduler run that ended, signing a signed agreement.
 * The API answers every one of them with the same 409 {@code wrong-state} problem; a
 * stale {@code version} is a {@link ConcurrentEditException} instead.
 */
public class WrongStateException extends RuntimeException {

	private final @Nullable String state;

	/**
	 * @param state the target's current state as clients see it (e.g. {@code declined}),
	 * or null when there is no single word for it
	 */
	public WrongStateException(@Nullable String state, String message) {
		super(message);
		this.state = state;
	}

	public WrongStateException(String message) {
		this(null, message);
	}

	public @Nullable String currentState() {
		return state;
	}

}
