package org.kakehashi.shared.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.FieldProblem;
import org.springframework.http.ProblemDetail;

/**
 * Builds the RFC 9457 problem details the API answers with, so every module's handler
 * sets type, title, status and detail the same way, from the {@link ProblemType}
 * catalogue.
 */
public final class Problems {

	private Problems() {
	}

	public static ProblemDetail of(ProblemType type, @Nullable String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail == null ? type.title() : detail);
		problem.setType(type.uri());
		problem.setTitle(type.title());
		return problem;
	}

	/**
	 * A problem naming the fields concerned in {@code errors} as {@code [{field, code,
	 * message}]}.
	 */
	public static ProblemDetail withErrors(ProblemType type, String detail, List<FieldProblem> errors) {
		ProblemDetail problem = of(type, detail);
		problem.setProperty("errors", errors);
		return problem;
	}

	/** A 422 naming the invalid fields in {@code errors}. */
	public static ProblemDetail invalid(String detail, List<FieldProblem> errors) {
		return withErrors(ProblemType.VALIDATION, detail, errors);
	}

}
