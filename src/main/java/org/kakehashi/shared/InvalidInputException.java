package org.kakehashi.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that was read but breaks a rule, naming each field the caller must correct. The
 * one invalid-input exception of every module: the API answers it with a 422
 * {@code validation} problem listing the {@link FieldProblem}s, forms show them at their
 * fields (docs/api.md, docs/decisions/0013).
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("an invalid input names at least one problem");
		}
		this.problems = List.copyOf(problems);
	}

	public InvalidInputException(FieldProblem problem) {
		this(List.of(problem));
	}

	public InvalidInputException(String field, String message) {
		this(new FieldProblem(field, message));
	}

	public InvalidInputException(String field, String code, String message) {
		this(new FieldProblem(field, code, message));
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	/** The first problem: what a form that shows one message shows. */
	public FieldProblem first() {
		return problems.getFirst();
	}

}
