package org.kakehashi.requests.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.kakehashi.requests.EntryRequest;
import org.kakehashi.requests.RequestAccess;
import org.kakehashi.requests.RequestClocks;
import org.kakehashi.requests.RequestService;
import org.kakehashi.requests.RequestThread;
import org.kakehashi.shared.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
	@Operation(summary = "File an entry-portal request as the calling user (managers: on behalf of a member)")
	ResponseEntity<RequestJson> file(CurrentUser user, @Valid @RequestBody FileRequestBody body) {
		EntryRequest filed = requests.file(user, body.toCommand());
		return ResponseEntity.created(URI.create("/api/v1/requests/" + filed.id())).body(json(user, filed));
	}

	@GetMapping("/api/v1/requests")
	@Operation(summary = "The requests the caller may see, newest first")
	List<RequestJson> list(CurrentUser user) {
		return requests.visibleTo(user).stream().map(r -> json(user, r)).toList();
	}

	@GetMapping("/api/v1/requests/{id}")
	@Operation(summary = "One request with its history and introductions (404 for non-parties)")
	RequestDetailJson one(CurrentUser user, @PathVariable String id) {
		EntryRequest r = requests.request(user, id);
		return new RequestDetailJson(json(user, r), requests.transitions(user, id), requests.introductions(user, id));
	}

	@PostMapping("/api/v1/requests/{id}/transitions")
	@Operation(summary = "Take a step: forward, accept, decline, start, introduce, close, feedback, assign")
	RequestJson act(CurrentUser user, @PathVariable String id, @Valid @RequestBody TransitionBody body) {
		return json(user, requests.act(user, id, body.toStep(), body.version()));
	}

	@GetMapping("/api/v1/requests/{id}/messages")
	@Operation(summary = "The request's message thread")
	List<org.kakehashi.requests.RequestMessage> messages(CurrentUser user, @PathVariable String id) {
		return thread.messages(user, id);
	}

	@PostMapping("/api/v1/requests/{id}/messages")
	@Operation(summary = "Write a message (attachments through the web page)")
	ResponseEntity<org.kakehashi.requests.RequestMessage> post(CurrentUser user, @PathVariable String id,
			@Valid @RequestBody MessageBody body) {
		var message = thread.post(user, id, body.body(), List.of());
		return ResponseEntity.status(HttpStatus.CREATED).body(message);
	}

	private RequestJson json(CurrentUser user, EntryRequest r) {
		return RequestJson.of(r, clocks.running(r), RequestAccess.allowedActions(user, r));
	}

}
