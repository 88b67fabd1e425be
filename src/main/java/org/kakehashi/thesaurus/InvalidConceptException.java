package org.kakehashi.thesaurus;

import java.util.List;
import java.util.stream.Collectors;

/** A concept addition broke one or more rules of {@link ConceptRules}. */
public class InvalidConceptException extends IllegalArgumentException {

	private final List<ConceptProblem> problems;

	public InvalidConceptException(List<ConceptProblem> problems) {
		super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	public List<ConceptProblem> problems() {
		return problems;
	}

}
