package org.kakehashi.events.api;

import java.time.Duration;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.kakehashi.events.ScheduleRun;
import org.kakehashi.events.ScheduleService;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scheduler runs over REST, for the organisers of an event: start one, watch it (status
 * and progress come from the database, so any instance answers), cancel it.
 */
@RestController
@Tag(name = "events")
class ScheduleApiController {

	static final int MAX_SECONDS = 60;

	private final ScheduleService schedules;

	ScheduleApiController(ScheduleService schedules) {
		this.schedules = schedules;
	}

	record NewRun(@Nullable Integer seconds) {
	}

	@GetMapping("/api/v1/events/{id}/schedule-runs")
	@Operation(operationId = "listScheduleRuns", summary = "The event's scheduler runs, newest first (organisers)")
	List<ScheduleRun> runs(CurrentUser user, @PathVariable String id) {
		return schedules.runs(user, id);
	}

	@PostMapping("/api/v1/events/{id}/schedule-runs")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(operationId = "startScheduleRun",
			summary = "Start a scheduler run in the background with a time limit of 1 to 60 seconds (default 10)")
	ResponseEntity<ScheduleRun> start(CurrentUser user, @PathVariable String id,
			@RequestBody(required = false) @Nullable NewRun body) {
		int seconds = body == null || body.seconds() == null ? 10 : body.seconds();
		if (seconds < 1 || seconds > MAX_SECONDS) {
			throw new InvalidInputException("seconds", "range", "must be between 1 and " + MAX_SECONDS);
		}
		long run = schedules.start(user, id, Duration.ofSeconds(seconds));
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(schedules.run(user, id, run));
	}

	@GetMapping("/api/v1/events/{id}/schedule-runs/{runId}")
	@Operation(operationId = "getScheduleRun",
			summary = "One scheduler run: status, progress, placed/total, stop reason")
	ScheduleRun run(CurrentUser user, @PathVariable String id, @PathVariable long runId) {
		return schedules.run(user, id, runId);
	}

	@PostMapping("/api/v1/events/{id}/schedule-runs/{runId}/cancel")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(operationId = "cancelScheduleRun",
			summary = "Ask a running run to stop; it ends as cancelled within seconds (409 if it already ended)")
	ResponseEntity<ScheduleRun> cancel(CurrentUser user, @PathVariable String id, @PathVariable long runId) {
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(schedules.cancel(user, id, runId));
	}

}
