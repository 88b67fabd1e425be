package org.kakehashi.events.web;

import jakarta.servlet.http.HttpServletRequest;
import org.kakehashi.events.BookingConflictException;
import org.kakehashi.events.EventEndedException;
import org.kakehashi.events.IllegalMeetingRequestTransitionException;
import org.kakehashi.events.RunStateException;
import org.kakehashi.shared.ConcurrentEditException;
import org.kakehashi.shared.DuplicateException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A refused action on an events page (slot taken meanwhile, request already answered,
 * duplicate, an event that has ended) sends the user back to the page they came from with
 * a message, instead of an error page: these are everyday outcomes during the booking
 * rush.
 */
@ControllerAdvice(basePackageClasses = EventsWebAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EventsWebAdvice {

	@ExceptionHandler({ BookingConflictException.class, IllegalMeetingRequestTransitionException.class,
			ConcurrentEditException.class, DuplicateException.class, RunStateException.class, EventEndedException.class,
			IllegalArgumentException.class })
	String refused(RuntimeException ex, HttpServletRequest request) {
		String key = switch (ex) {
			case BookingConflictException b -> "booking.conflict";
			case IllegalMeetingRequestTransitionException t -> "request.transition.refused";
			case ConcurrentEditException c -> "edit.conflict";
			case DuplicateException d -> "request.duplicate";
			case RunStateException r -> "schedule.runState";
			case EventEndedException e -> switch (e.action()) {
				case REGISTRATION -> "event.ended.registration";
				case MEETING_REQUEST -> "event.ended.request";
				case PUBLICATION -> "event.ended.publish";
			};
			default -> "events.action.invalid";
		};
		RequestContextUtils.getOutputFlashMap(request).put("error", key);
		return "redirect:" + back(request.getRequestURI());
	}

	/**
	 * The page a POST came from: {@code /events/x/requests/5/accept} →
	 * {@code /events/x/requests}, {@code /events/x/schedule/runs/3/publish} →
	 * {@code /events/x/schedule/runs/3}.
	 */
	static String back(String uri) {
		String[] parts = uri.split("/");
		if (parts.length < 4 || !"events".equals(parts[1])) {
			return "/events";
		}
		String event = "/events/" + parts[2];
		if (parts.length >= 7 && "schedule".equals(parts[3]) && "runs".equals(parts[4])) {
			// publishing or cancelling a run: back to that run's page
			return event + "/schedule/runs/" + parts[5];
		}
		return switch (parts[3]) {
			case "register" -> event;
			case "guests" -> event + "/participants";
			case "proposals" -> event + "/requests";
			case "meetings" -> event + "/agenda";
			case "contract" -> event + "/schedule";
			default -> event + "/" + parts[3];
		};
	}

}
