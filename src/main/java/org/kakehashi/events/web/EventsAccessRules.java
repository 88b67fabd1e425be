package org.kakehashi.events.web;

import static org.kakehashi.shared.web.AccessRule.PEOPLE_OF_CLUSTERS;
import static org.kakehashi.shared.web.AccessRule.STAFF;
import static org.kakehashi.shared.web.AccessRule.any;
import static org.kakehashi.shared.web.AccessRule.get;
import static org.kakehashi.shared.web.AccessRule.post;
import static org.kakehashi.shared.web.AccessRule.put;

import java.util.List;

import org.kakehashi.shared.web.AccessRule;
import org.kakehashi.shared.web.AccessRules;
import org.springframework.stereotype.Component;

/**
 * URL rules of events: set-up and scheduling for organisers (which event: EventService,
 * ScheduleService), the rest for people of clusters (registered participants:
 * RegistrationService). See docs/access.md.
 */
@Component
class EventsAccessRules implements AccessRules {

	@Override
	public List<AccessRule> api() {
		return List.of(get("/api/v1/events", "/api/v1/events/*").authenticated(),
				post("/api/v1/events").hasAnyRole(STAFF), put("/api/v1/events/*").hasAnyRole(STAFF),
				post("/api/v1/events/*/slots").hasAnyRole(STAFF), get("/api/v1/events/*/slots").authenticated(),
				// scheduler runs: organisers only (which event: its organising clusters'
				// managers, checked in ScheduleService)
				get("/api/v1/events/*/schedule-runs", "/api/v1/events/*/schedule-runs/*").hasAnyRole(STAFF),
				post("/api/v1/events/*/schedule-runs", "/api/v1/events/*/schedule-runs/*/cancel").hasAnyRole(STAFF),
				get("/api/v1/events/*/participants").hasAnyRole(PEOPLE_OF_CLUSTERS),
				post("/api/v1/events/*/registrations", "/api/v1/events/*/requests",
						"/api/v1/events/*/requests/*/accept", "/api/v1/events/*/requests/*/decline")
					.hasAnyRole(PEOPLE_OF_CLUSTERS));
	}

	@Override
	public List<AccessRule> web() {
		return List.of(
				// calendar apps cannot sign in: the agenda feed answers only to its
				// secret
				// token (404 otherwise)
				get("/feeds/agenda/*.ics").permitAll(),
				// before "/events/*", which would otherwise show the form to everyone
				any("/events/new").hasAnyRole(STAFF), get("/events", "/events/*").authenticated(),
				any("/events/*/edit", "/events/*/slots", "/events/*/slots/**", "/events/*/guests",
						"/events/*/proposals", "/events/*/schedule", "/events/*/schedule/**", "/events/*/contract/**",
						"/events/*/meetings/*/attendance")
					.hasAnyRole(STAFF),
				post("/events").hasAnyRole(STAFF),
				// the rest of an event: registration, requests, agenda, feedback
				any("/events/*/**").hasAnyRole(PEOPLE_OF_CLUSTERS));
	}

}
