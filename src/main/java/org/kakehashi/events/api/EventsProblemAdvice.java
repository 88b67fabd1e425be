package org.kakehashi.events.api;

import java.net.URI;

import org.kakehashi.events.BookingConflictException;
import org.kakehashi.events.IllegalRequestTransitionException;
import org.kakehashi.events.RunStateException;
import org.kakehashi.shared.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The events API's own conflicts as RFC 9457 problems. A lost booking race is a normal
 * outcome of the booking rush, so it gets its own stable type clients can switch on
 * (docs/api.md).
 */
@RestControllerAdvice(basePackageClasses = EventsProblemAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EventsProblemAdvice {

	static final URI BOOKING_CONFLICT = URI.create("urn:kakehashi:problem:booking-conflict");

	static final URI REQUEST_STATE = URI.create("urn:kakehashi:problem:request-state");

	static final URI RUN_STATE = URI.create("urn:kakehashi:problem:run-state");

	@ExceptionHandler(BookingConflictException.class)
	ProblemDetail bookingConflict(BookingConflictException ex) {
		return problem(BOOKING_CONFLICT, "Slot already taken", ex.getMessage());
	}

	@ExceptionHandler(IllegalRequestTransitionException.class)
	ProblemDetail requestState(IllegalRequestTransitionException ex) {
		return problem(REQUEST_STATE, "Request already answered", ex.getMessage());
	}

	@ExceptionHandler(RunStateException.class)
	ProblemDetail runState(RunStateException ex) {
		return problem(RUN_STATE, "Scheduler run not in that state", ex.getMessage());
	}

	private static ProblemDetail problem(URI type, String title, String detail) {
		return Problems.of(HttpStatus.CONFLICT, type, title, detail);
	}

}
