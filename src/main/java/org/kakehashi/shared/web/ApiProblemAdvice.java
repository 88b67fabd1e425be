package org.kakehashi.shared.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.ConcurrentEditException;
import org.kakehashi.shared.DuplicateException;
import org.kakehashi.shared.FieldProblem;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.InvalidInputException;
import org.kakehashi.shared.NotFoundException;
import org.kakehashi.shared.WrongStateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of the REST API into an RFC 9457 problem detail with a stable
 * {@code type} from the {@link ProblemType} catalogue. Scoped to {@code @RestController}s
 * so HTML pages keep their own error pages. A request that cannot be read (syntax, JSON
 * types, formats, parameters) is a 400 {@code bad-request}; one that was read but breaks
 * a rule a 422 {@code validation}; both name the field where there is one (ADR 0013).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(0)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		ProblemDetail problem = Problems.of(ProblemType.NOT_FOUND, ex.getMessage());
		problem.setProperty("kind", ex.kind());
		problem.setProperty("id", ex.id());
		return problem;
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException ex) {
		return Problems.invalid(ex.getMessage(), ex.problems());
	}

	@ExceptionHandler(WrongStateException.class)
	ProblemDetail wrongState(WrongStateException ex) {
		ProblemDetail problem = Problems.of(ProblemType.WRONG_STATE, ex.getMessage());
		if (ex.currentState() != null) {
			problem.setProperty("state", ex.currentState());
		}
		return problem;
	}

	@ExceptionHandler(ConcurrentEditException.class)
	ProblemDetail conflict(ConcurrentEditException ex) {
		return Problems.of(ProblemType.CONCURRENT_EDIT, ex.getMessage());
	}

	@ExceptionHandler(DuplicateException.class)
	ProblemDetail duplicate(DuplicateException ex) {
		return Problems.withErrors(ProblemType.DUPLICATE, ex.getMessage(),
				List.of(new FieldProblem(ex.field(), "duplicate", ex.getMessage())));
	}

	@ExceptionHandler({ ForbiddenException.class, AccessDeniedException.class })
	ProblemDetail forbidden(RuntimeException ex) {
		return Problems.of(ProblemType.FORBIDDEN, ex.getMessage());
	}

	/**
	 * Tomcat parses the query lazily, when a parameter is first read, and refuses one
	 * that is not valid UTF-8 ({@code ?q=%ff}); that is an unreadable request, not a bug.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	ProblemDetail undecodable(InvalidParameterException ex, HttpServletRequest request) {
		FieldProblem field = UnreadableInput.ofUndecodableQuery(request.getQueryString());
		return Problems.withErrors(ProblemType.BAD_REQUEST, field.field() + " " + field.message(), List.of(field));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badRequest(IllegalArgumentException ex) {
		return Problems.of(ProblemType.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected error in API call", ex);
		return Problems.of(ProblemType.SERVER_ERROR, "Something went wrong on our side; the error has been logged.");
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = ex.getBindingResult()
			.getAllErrors()
			.stream()
			.map(e -> new FieldProblem(e instanceof FieldError f ? f.getField() : e.getObjectName(),
					e.getCode() == null ? FieldProblem.INVALID : e.getCode(), String.valueOf(e.getDefaultMessage())))
			.toList();
		return answer(Problems.invalid(new InvalidInputException(errors).getMessage(), errors), headers, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		FieldProblem field = UnreadableInput.ofBody(ex.getCause());
		if (field == null) {
			String detail = ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")
					? "The request needs a JSON body." : "The body is not valid JSON.";
			return answer(Problems.of(ProblemType.BAD_REQUEST, detail), headers, request);
		}
		return answer(
				Problems.withErrors(ProblemType.BAD_REQUEST, field.field() + " " + field.message(), List.of(field)),
				headers, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
		FieldProblem field = UnreadableInput.ofParameter(name == null ? "parameter" : name, ex.getRequiredType());
		return answer(
				Problems.withErrors(ProblemType.BAD_REQUEST, field.field() + " " + field.message(), List.of(field)),
				headers, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
			MissingServletRequestParameterException ex, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		FieldProblem field = new FieldProblem(ex.getParameterName(), "required", "is required");
		return answer(
				Problems.withErrors(ProblemType.BAD_REQUEST, field.field() + " " + field.message(), List.of(field)),
				headers, request);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem
				&& (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
			ProblemType type = ProblemType.forStatus(statusCode.value());
			problem.setType(type.uri());
			problem.setTitle(type.title());
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private ResponseEntity<Object> answer(ProblemDetail problem, HttpHeaders headers, WebRequest request) {
		return createResponseEntity(problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
	}

}
