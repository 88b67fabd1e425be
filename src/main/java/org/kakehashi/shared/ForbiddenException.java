package org.kakehashi.shared;

/** The caller is known but lacks the right for this action. */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}

}
