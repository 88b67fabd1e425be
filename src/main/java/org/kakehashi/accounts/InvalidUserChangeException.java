package org.kakehashi.accounts;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A change to a user was refused; each problem names the field, a message key for the
 * pages and an English message for the API's problem details.
 */
public class InvalidUserChangeException extends IllegalArgumentException {

	public record Problem(String field, String code, String message) {
	}

	private final List<Problem> problems;

	public InvalidUserChangeException(List<Problem> problems) {
		super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	public InvalidUserChangeException(String field, String code, String message) {
		this(List.of(new Problem(field, code, message)));
	}

	public List<Problem> problems() {
		return problems;
	}

}
