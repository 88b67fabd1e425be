package org.kakehashi.events.api;

import org.kakehashi.events.BookingConflictException;
import org.kakehashi.shared.web.ProblemType;
import org.kakehashi.shared.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The events API's own conflict as an RFC 9457 problem. A lost booking race is a normal
 * outcome of the booking rush, so it gets its own stable type clients can switch on
 * (docs/api.md); a request or run in the wrong state is the shared {@code wrong-state}.
 */
@RestControllerAdvice(basePackageClasses = EventsProblemAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EventsProblemAdvice {

	@ExceptionHandler(BookingConflictException.class)
	ProblemDetail bookingConflict(BookingConflictException ex) {
		return Problems.of(ProblemType.BOOKING_CONFLICT, ex.getMessage());
	}

}
