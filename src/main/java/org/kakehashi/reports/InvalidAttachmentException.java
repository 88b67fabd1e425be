package org.kakehashi.reports;

/** A funder attachment that cannot be made, e.g. for an account that is no funder. */
public class InvalidAttachmentException extends IllegalArgumentException {

	public InvalidAttachmentException(String message) {
		super(message);
	}

}
