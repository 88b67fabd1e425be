package org.kakehashi.shared;

import java.util.Objects;

/**
 * One invalid field of some input, as every module reports it: the API lists these in a
 * problem's {@code errors}, forms show them next to the field.
 *
 * @param field the field in the API's terms, e.g. {@code title} or
 * {@code commitments[2].minimum}
 * @param code what is wrong, stable for clients to switch on (e.g. {@code required},
 * {@code user.email.invalid}); {@value #INVALID} where no finer code exists
 * @param message what is wrong, in English, for a developer reading the API's answer
 */
public record FieldProblem(String field, String code, String message) {

	/** The code of a problem that has no finer one. */
	public static final String INVALID = "invalid";

	public FieldProblem {
		Objects.requireNonNull(field, "field");
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(message, "message");
	}

	/** A problem with no finer code than {@value #INVALID}. */
	public FieldProblem(String field, String message) {
		this(field, INVALID, message);
	}

}
