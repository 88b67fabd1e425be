package org.kakehashi.reports;

/**
 * An outcome that cannot be recorded as drafted.
 *
 * @param field the draft's field at fault, for the form
 * @param code the message key of the reason
 */
public class InvalidOutcomeException extends IllegalArgumentException {

	private final String field;

	private final String code;

	public InvalidOutcomeException(String field, String code, String message) {
		super(message);
		this.field = field;
		this.code = code;
	}

	public String field() {
		return field;
	}

	public String code() {
		return code;
	}

}
