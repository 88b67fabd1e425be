package org.kakehashi.shared;

/** A thing with the same key already exists. */
public class DuplicateException extends RuntimeException {

	private final String field;

	public DuplicateException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
