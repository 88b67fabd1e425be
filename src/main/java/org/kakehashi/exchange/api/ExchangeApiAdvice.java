package org.kakehashi.exchange.api;

import org.kakehashi.exchange.InvalidInputException;
import org.kakehashi.shared.web.ProblemTypes;
import org.kakehashi.shared.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The exchange API's own problems: broken input rules (422 with the fields) and actions
 * the current state does not allow (409). Ordered before the shared advice, whose
 * catch-all would otherwise answer 500.
 */
@RestControllerAdvice(basePackageClasses = ExchangeApiAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExchangeApiAdvice {

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException ex) {
		return Problems.invalid("Invalid input", ex.getMessage(), ex.problems());
	}

	@ExceptionHandler(IllegalStateException.class)
	ProblemDetail notNow(IllegalStateException ex) {
		return Problems.of(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Not possible in this state", ex.getMessage());
	}

}
