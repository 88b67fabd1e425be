package org.kakehashi.directory;

import java.util.List;
import java.util.stream.Collectors;

/** An organisation document broke one or more rules; each problem names its field. */
public class InvalidOrganizationException extends IllegalArgumentException {

	private final List<FieldProblem> problems;

	public InvalidOrganizationException(List<FieldProblem> problems) {
		super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}

}
