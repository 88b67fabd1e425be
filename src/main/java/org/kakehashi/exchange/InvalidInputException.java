package org.kakehashi.exchange;

import java.util.List;

/**
 * Input that breaks an exchange rule (no title, a cluster that is no partner, a file type
 * not allowed).
 */
public class InvalidInputException extends RuntimeException {

	private final List<InputProblem> problems;

	public InvalidInputException(List<InputProblem> problems) {
		super(problems.stream()
			.map(p -> p.field() + ": " + p.message())
			.reduce((a, b) -> a + "; " + b)
			.orElse("invalid"));
		this.problems = List.copyOf(problems);
	}

	public InvalidInputException(String field, String message) {
		this(List.of(new InputProblem(field, message)));
	}

	public List<InputProblem> problems() {
		return problems;
	}

}
