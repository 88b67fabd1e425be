package org.kakehashi.exchange.api;

import org.kakehashi.exchange.NotAPartnerException;
import org.kakehashi.shared.web.ProblemType;
import org.kakehashi.shared.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The exchange API's own problem: interest from a cluster that is no partner (403).
 * Invalid input and actions the current state does not allow are the shared
 * {@code validation} and {@code wrong-state} problems.
 */
@RestControllerAdvice(basePackageClasses = ExchangeApiAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExchangeApiAdvice {

	@ExceptionHandler(NotAPartnerException.class)
	ProblemDetail notAPartner(NotAPartnerException ex) {
		return Problems.of(ProblemType.NOT_A_PARTNER, ex.getMessage());
	}

}
