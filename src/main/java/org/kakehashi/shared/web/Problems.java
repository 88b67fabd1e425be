package org.kakehashi.shared.web;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds the RFC 9457 problem details the API answers with, so every module's handler
 * sets type, title, status and detail the same way.
 */
public final class Problems {

	private Problems() {
	}

	public static ProblemDetail of(HttpStatus status, URI type, String title, @Nullable String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail == null ? title : detail);
		problem.setType(type);
		problem.setTitle(title);
		return problem;
	}

	/** A 422 naming the invalid fields in {@code errors}. */
	public static ProblemDetail invalid(String title, String detail, Object errors) {
		ProblemDetail problem = of(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.VALIDATION, title, detail);
		problem.setProperty("errors", errors);
		return problem;
	}

}
