package org.kakehashi.agreements;

/**
 * An upload was refused; {@code code} names why ({@code not-pdf}, {@code too-large},
 * {@code empty}, {@code infected}).
 */
public class InvalidDocumentException extends RuntimeException {

	private final String code;

	public InvalidDocumentException(String code) {
		super("document refused: " + code);
		this.code = code;
	}

	public String code() {
		return code;
	}

}
