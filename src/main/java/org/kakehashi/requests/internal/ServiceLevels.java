package org.kakehashi.requests.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.kakehashi.requests.ServiceClock;

/**
 * "First response within N business days", counted in the responding cluster's calendar:
 * the day the request arrives (in the responder's time zone) does not count; the response
 * is due by the end of the Nth business day after it. A request sent from Munich on
 * Thursday evening arrives in Osaka on Friday morning, so Osaka's count starts on the
 * next business day after that Friday.
 */
public final class ServiceLevels {

	/** Used when an agreement sets no response time of its own. */
	public static final int DEFAULT_FIRST_RESPONSE_DAYS = 5;

	private ServiceLevels() {
	}

	public static LocalDate lastDay(Instant received, int days, BusinessCalendar responder) {
		return responder.addBusinessDays(received.atZone(responder.zone()).toLocalDate(), days);
	}

	public static ServiceClock clock(Instant received, int days, BusinessCalendar responder) {
		Instant dueAt = lastDay(received, days, responder).plusDays(1).atStartOfDay(responder.zone()).toInstant();
		return ServiceClock.start(received, dueAt);
	}

}
