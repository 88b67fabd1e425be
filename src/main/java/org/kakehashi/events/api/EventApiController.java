package org.kakehashi.events.api;

import java.time.DateTimeException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.kakehashi.events.Event;
import org.kakehashi.events.EventDraft;
import org.kakehashi.events.EventService;
import org.kakehashi.events.EventSlot;
import org.kakehashi.events.MeetingRequest;
import org.kakehashi.events.MeetingRequestService;
import org.kakehashi.events.Participant;
import org.kakehashi.events.RegistrationService;
import org.kakehashi.events.SlotPlan;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Events over REST: set-up for organisers, registration and meeting requests for
 * participants.
 */
@RestController
@Tag(name = "events")
class EventApiController {

	private final EventService events;

	private final RegistrationService registrations;

	private final MeetingRequestService requests;

	EventApiController(EventService events, RegistrationService registrations, MeetingRequestService requests) {
		this.events = events;
		this.registrations = registrations;
		this.requests = requests;
	}

	@GetMapping("/api/v1/events")
	@Operation(operationId = "listEvents", summary = "All events, newest first")
	List<Event> list() {
		return events.all();
	}

	@GetMapping("/api/v1/events/{id}")
	@Operation(operationId = "getEvent",
			summary = "One event, in the form its PUT takes: local times in the event's zone and the version")
	EventDraft one(@PathVariable String id) {
		return EventDraft.of(events.event(id), events.version(id));
	}

	@PostMapping("/api/v1/events")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createEvent",
			summary = "Create an event (managers of an organising cluster, administrators)")
	ResponseEntity<Event> create(CurrentUser user, @Valid @RequestBody EventDraft draft) {
		return ResponseEntity.status(HttpStatus.CREATED).body(events.create(user, event(draft)));
	}

	@PutMapping("/api/v1/events/{id}")
	@Operation(operationId = "updateEvent",
			summary = "Change an event; send the version you read (409 if someone saved since)")
	Event update(CurrentUser user, @PathVariable String id, @Valid @RequestBody EventDraft draft) {
		if (!id.equals(draft.id())) {
			throw new InvalidInputException("id", "mismatch", "must be '" + id + "', the id in the address");
		}
		if (draft.version() == null) {
			throw new InvalidInputException("version", "required", "is required: send the version you read");
		}
		return events.update(user, event(draft), draft.version());
	}

	@GetMapping("/api/v1/events/{id}/slots")
	@Operation(operationId = "listSlots", summary = "The event's meeting slots in time order")
	List<EventSlot> slots(@PathVariable String id) {
		return events.slots(id);
	}

	@PostMapping("/api/v1/events/{id}/slots")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "generateSlots",
			summary = "Generate slots: days × start times, all of one length and with the same tables")
	ResponseEntity<GeneratedSlots> generate(CurrentUser user, @PathVariable String id,
			@Valid @RequestBody SlotPlan plan) {
		int added = events.generateSlots(user, id, plan);
		return ResponseEntity.status(HttpStatus.CREATED).body(new GeneratedSlots(added, events.slots(id)));
	}

	/** How many slots the plan added, and all of the event's slots now. */
	record GeneratedSlots(int added, List<EventSlot> slots) {
	}

	/**
	 * A registration; {@code delegation} (managers only) names the delegation they
	 * register as.
	 */
	record Registration(@Nullable String delegation) {
	}

	@PostMapping("/api/v1/events/{id}/registrations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "register", summary = "Register yourself (managers may name a delegation)")
	ResponseEntity<Participant> register(CurrentUser user, @PathVariable String id,
			@RequestBody(required = false) @Nullable Registration body) {
		String delegation = body == null ? null : body.delegation();
		return ResponseEntity.status(HttpStatus.CREATED).body(registrations.register(user, id, delegation));
	}

	@GetMapping("/api/v1/events/{id}/participants")
	@Operation(operationId = "listParticipants", summary = "Participants (for the event's participants and organisers)")
	List<Participant> participants(CurrentUser user, @PathVariable String id) {
		return registrations.participants(user, id);
	}

	record NewRequest(long receiver, @Nullable String message) {
	}

	@PostMapping("/api/v1/events/{id}/requests")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "requestMeeting", summary = "Ask a participant for a meeting")
	ResponseEntity<MeetingRequest> request(CurrentUser user, @PathVariable String id, @RequestBody NewRequest body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(requests.request(user, id, body.receiver(), body.message() == null ? "" : body.message()));
	}

	record Answer(@Nullable Long slot) {
	}

	@PostMapping("/api/v1/events/{id}/requests/{requestId}/accept")
	@Operation(operationId = "acceptMeetingRequest",
			summary = "Accept a request; with a slot it is booked at once (409 if the slot was taken meanwhile)")
	MeetingRequest accept(CurrentUser user, @PathVariable String id, @PathVariable long requestId,
			@RequestBody(required = false) @Nullable Answer body) {
		requireInEvent(id, requestId);
		return requests.accept(user, requestId, body == null ? null : body.slot());
	}

	@PostMapping("/api/v1/events/{id}/requests/{requestId}/decline")
	@Operation(operationId = "declineMeetingRequest", summary = "Decline a request")
	MeetingRequest decline(CurrentUser user, @PathVariable String id, @PathVariable long requestId) {
		requireInEvent(id, requestId);
		return requests.decline(user, requestId);
	}

	private void requireInEvent(String eventId, long requestId) {
		if (!requests.requests(requestId).eventId().equals(eventId)) {
			throw new org.kakehashi.shared.NotFoundException("meeting request", String.valueOf(requestId));
		}
	}

	/**
	 * The event a draft describes; an unknown zone or an end before the start is a 422
	 * naming the field, as on the form.
	 */
	private static Event event(EventDraft draft) {
		try {
			return draft.toEvent();
		}
		catch (DateTimeException ex) {
			throw new InvalidInputException("timeZone", "unknown-zone", "is not a time zone like Europe/Berlin");
		}
		catch (IllegalArgumentException ex) {
			throw draft.names().isEmpty()
					? new InvalidInputException("nameEn", "required", "needs a name in at least one language")
					: new InvalidInputException("endsAt", "before-start", "is before startsAt");
		}
	}

}
