package org.kakehashi.requests.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.kakehashi.requests.EntryRequest;
import org.kakehashi.requests.RequestAccess;
import org.kakehashi.requests.RequestClocks;
import org.kakehashi.requests.RequestService;
import org.kakehashi.requests.RequesterVisibility;
import org.kakehashi.requests.RequestThread;
import org.kakehashi.shared.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Entry-portal requests over REST (docs/interfaces.md): file as the calling user, list
 * and read what one may see, take steps and write messages. A request outside the
 * caller's reach is a 404.
 */
@RestController
@Tag(name = "requests")
class RequestApiController {

	private final RequestService requests;

	private final RequestThread thread;

	private final RequestClocks clocks;

	RequestApiController(RequestService requests, RequestThread thread, RequestClocks clocks) {
		this.requests = requests;
		this.thread = thread;
		this.clocks = clocks;
	}

	@PostMapping("/api/v1/requests")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "fileRequest",
			summary = "File an entry-portal request as the calling user (managers: on behalf of a member)")
	ResponseEntity<RequestJson> file(CurrentUser user, @Valid @RequestBody FileRequestBody body) {
		EntryRequest filed = requests.file(user, body.toCommand());
		return ResponseEntity.created(URI.create("/api/v1/requests/" + filed.id())).body(json(user, filed, false));
	}

	@GetMapping("/api/v1/requests")
	@Operation(operationId = "listRequests", summary = "The requests the caller may see, newest first")
	List<RequestJson> list(CurrentUser user) {
		List<EntryRequest> visible = requests.visibleTo(user);
		Set<String> requesterHidden = requests.requesterHiddenFrom(user, visible);
		// every responding cluster's calendar once, not once per request
		Map<String, RequestClocks.ClockView> running = clocks.running(visible, clocks.now());
		return visible.stream()
			.map(r -> RequestJson.of(r, running.get(r.id()), RequestAccess.allowedActions(user, r),
					requesterHidden.contains(r.id())))
			.toList();
	}

	@GetMapping("/api/v1/requests/{id}")
	@Operation(operationId = "getRequest",
			summary = "One request with its history and introductions (404 for non-parties)")
	RequestDetailJson one(CurrentUser user, @PathVariable String id) {
		EntryRequest r = requests.request(user, id);
		RequesterVisibility who = requests.requesterVisibility(user, r);
		return new RequestDetailJson(json(user, r, who.hidden()),
				requests.transitions(user, id).stream().map(t -> RequestDetailJson.Step.of(t, who)).toList(),
				requests.introductions(user, id));
	}

	@PostMapping("/api/v1/requests/{id}/transitions")
	@Operation(operationId = "takeStep",
			summary = "Take a step: forward, accept, decline, start, introduce, close, feedback, assign")
	RequestJson act(CurrentUser user, @PathVariable String id, @Valid @RequestBody TransitionBody body) {
		EntryRequest r = requests.act(user, id, body.toStep(), body.version());
		return json(user, r, requests.requesterVisibility(user, r).hidden());
	}

	@GetMapping("/api/v1/requests/{id}/messages")
	@Operation(operationId = "listMessages", summary = "The request's message thread")
	List<MessageJson> messages(CurrentUser user, @PathVariable String id) {
		RequesterVisibility who = requests.requesterVisibility(user, requests.request(user, id));
		return thread.messages(user, id).stream().map(m -> MessageJson.of(m, who)).toList();
	}

	@PostMapping("/api/v1/requests/{id}/messages")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "postMessage", summary = "Write a message (attachments through the web page)")
	ResponseEntity<MessageJson> post(CurrentUser user, @PathVariable String id, @Valid @RequestBody MessageBody body) {
		var message = thread.post(user, id, body.body(), List.of());
		RequesterVisibility who = requests.requesterVisibility(user, requests.request(user, id));
		return ResponseEntity.status(HttpStatus.CREATED).body(MessageJson.of(message, who));
	}

	private RequestJson json(CurrentUser user, EntryRequest r, boolean requesterHidden) {
		return RequestJson.of(r, clocks.running(r), RequestAccess.allowedActions(user, r), requesterHidden);
	}

}
