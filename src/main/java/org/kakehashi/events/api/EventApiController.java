package org.kakehashi.events.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kakehashi.events.Event;
import org.kakehashi.events.EventService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Events over REST. */
@RestController
@Tag(name = "events")
class EventApiController {

	private final EventService events;

	EventApiController(EventService events) {
		this.events = events;
	}

	@GetMapping("/api/v1/events")
	@Operation(summary = "All events, newest first")
	List<Event> list() {
		return events.all();
	}

	@GetMapping("/api/v1/events/{id}")
	@Operation(summary = "One event")
	Event one(@PathVariable String id) {
		return events.event(id);
	}

}
