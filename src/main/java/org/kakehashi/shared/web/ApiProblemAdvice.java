package org.kakehashi.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.ConcurrentEditException;
import org.kakehashi.shared.DuplicateException;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of the REST API into an RFC 9457 problem detail with a stable
 * {@code type}. Scoped to {@code @RestController}s so HTML pages keep their own error
 * pages.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(0)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		ProblemDetail problem = problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", ex.getMessage());
		problem.setProperty("kind", ex.kind());
		problem.setProperty("id", ex.id());
		return problem;
	}

	@ExceptionHandler(ConcurrentEditException.class)
	ProblemDetail conflict(ConcurrentEditException ex) {
		return problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Changed by someone else", ex.getMessage());
	}

	@ExceptionHandler(DuplicateException.class)
	ProblemDetail duplicate(DuplicateException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, ProblemTypes.DUPLICATE, "Already exists", ex.getMessage());
		problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
		return problem;
	}

	@ExceptionHandler({ ForbiddenException.class, AccessDeniedException.class })
	ProblemDetail forbidden(RuntimeException ex) {
		return problem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden", ex.getMessage());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badRequest(IllegalArgumentException ex) {
		return problem(HttpStatus.BAD_REQUEST, ProblemTypes.BAD_REQUEST, "Bad request", ex.getMessage());
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected error in API call", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.SERVER_ERROR, "Internal error",
				"Something went wrong on our side; the error has been logged.");
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, Object>> errors = ex.getBindingResult().getAllErrors().stream().map(e -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("field", e instanceof FieldError f ? f.getField() : e.getObjectName());
			m.put("message", e.getDefaultMessage());
			return m;
		}).toList();
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.VALIDATION, "Invalid input",
				errors.size() + " field(s) are invalid: "
						+ errors.stream()
							.map(e -> e.get("field") + " " + e.get("message"))
							.reduce((a, b) -> a + "; " + b)
							.orElse(""));
		problem.setProperty("errors", errors);
		return ResponseEntity.unprocessableContent().body(problem);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem && "about:blank".equals(String.valueOf(problem.getType()))) {
			problem.setType(statusCode.value() == 404 ? ProblemTypes.NOT_FOUND : ProblemTypes.BAD_REQUEST);
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	static ProblemDetail problem(HttpStatus status, java.net.URI type, String title, @Nullable String detail) {
		return Problems.of(status, type, title, detail);
	}

}
