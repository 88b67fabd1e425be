package org.kakehashi.exchange.api;

import java.net.URI;

import org.kakehashi.exchange.InvalidInputException;
import org.kakehashi.exchange.NotAPartnerException;
import org.kakehashi.shared.web.ProblemTypes;
import org.kakehashi.shared.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The exchange API's own problems: broken input rules (422 with the fields), interest
 * from a cluster that is no partner (403) and actions the current state does not allow
 * (409). Ordered before the shared advice, whose catch-all would otherwise answer 500.
 */
@RestControllerAdvice(basePackageClasses = ExchangeApiAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExchangeApiAdvice {

	static final URI NOT_A_PARTNER = URI.create("urn:kakehashi:problem:not-a-partner");

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException ex) {
		return Problems.invalid("Invalid input", ex.getMessage(), ex.problems());
	}

	@ExceptionHandler(NotAPartnerException.class)
	ProblemDetail notAPartner(NotAPartnerException ex) {
		return Problems.of(HttpStatus.FORBIDDEN, NOT_A_PARTNER, "Not a partner cluster", ex.getMessage());
	}

	@ExceptionHandler(IllegalStateException.class)
	ProblemDetail notNow(IllegalStateException ex) {
		return Problems.of(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Not possible in this state", ex.getMessage());
	}

}
