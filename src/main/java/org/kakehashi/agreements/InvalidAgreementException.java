package org.kakehashi.agreements;

import java.util.List;

/** An agreement as entered breaks one or more rules of {@link AgreementRules}. */
public class InvalidAgreementException extends RuntimeException {

	private final List<AgreementProblem> problems;

	public InvalidAgreementException(List<AgreementProblem> problems) {
		super(problems.size() + " field(s) are invalid: "
				+ String.join("; ", problems.stream().map(p -> p.field() + " " + p.code()).toList()));
		this.problems = List.copyOf(problems);
	}

	public List<AgreementProblem> problems() {
		return problems;
	}

}
