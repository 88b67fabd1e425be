package org.kakehashi.requests;

/** Input that names a field the caller must correct (API: 422 with {@code errors}). */
public class InvalidRequestException extends RuntimeException {

	private final String field;

	public InvalidRequestException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
