package org.kakehashi.events.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.kakehashi.events.Event;
import org.kakehashi.events.EventService;
import org.kakehashi.events.ScheduleService;
import org.kakehashi.events.ScheduleTransfer;
import org.kakehashi.scheduling.SchedulingFiles;
import org.kakehashi.shared.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisers' scheduling desk: start a run, watch its progress (htmx polling), review
 * placed and unplaced meetings, pin, publish; download and upload contract files.
 */
@Controller
class ScheduleController {

	static final List<Integer> TIME_LIMITS = List.of(2, 5, 10, 30, 60);

	private final EventService events;

	private final ScheduleService schedules;

	private final ScheduleTransfer transfer;

	ScheduleController(EventService events, ScheduleService schedules, ScheduleTransfer transfer) {
		this.events = events;
		this.schedules = schedules;
		this.transfer = transfer;
	}

	@GetMapping("/events/{id}/schedule")
	String desk(@PathVariable String id, CurrentUser user, Model model) {
		Event event = events.organizedEvent(user, id);
		model.addAttribute("event", event);
		model.addAttribute("runs", schedules.runs(user, id));
		model.addAttribute("instance", schedules.instance(id));
		model.addAttribute("publishedAt", schedules.publishedAt(id));
		model.addAttribute("timeLimits", TIME_LIMITS);
		return "events/schedule";
	}

	@PostMapping("/events/{id}/schedule/runs")
	String start(@PathVariable String id, CurrentUser user, @RequestParam(defaultValue = "10") int seconds) {
		int limit = TIME_LIMITS.contains(seconds) ? seconds : 10;
		long run = schedules.start(user, id, Duration.ofSeconds(limit));
		return "redirect:/events/" + id + "/schedule/runs/" + run;
	}

	@GetMapping("/events/{id}/schedule/runs/{runId}")
	String run(@PathVariable String id, @PathVariable long runId, CurrentUser user, Model model) {
		Event event = events.organizedEvent(user, id);
		model.addAttribute("event", event);
		model.addAttribute("ended", events.hasEnded(event));
		model.addAttribute("progress", schedules.progress(user, id, runId));
		model.addAttribute("result", schedules.result(user, id, runId));
		return "events/run";
	}

	/**
	 * htmx polling target: the progress bar, which stops polling once the run is
	 * finished.
	 */
	@GetMapping("/events/{id}/schedule/runs/{runId}/progress")
	String progress(@PathVariable String id, @PathVariable long runId, CurrentUser user, Model model) {
		model.addAttribute("event", events.organizedEvent(user, id));
		model.addAttribute("progress", schedules.progress(user, id, runId));
		return "events/run :: progress";
	}

	/**
	 * The run page's cancel form, shown while the run is running, asks to confirm first.
	 */
	@PostMapping("/events/{id}/schedule/runs/{runId}/cancel")
	String cancel(@PathVariable String id, @PathVariable long runId, CurrentUser user, RedirectAttributes redirect) {
		schedules.cancel(user, id, runId);
		redirect.addFlashAttribute("message", "schedule.cancelRequested");
		return "redirect:/events/" + id + "/schedule/runs/" + runId;
	}

	@PostMapping("/events/{id}/schedule/runs/{runId}/pin/{requestId}")
	String pin(@PathVariable String id, @PathVariable long runId, @PathVariable long requestId, CurrentUser user) {
		schedules.pin(user, id, runId, requestId);
		return "redirect:/events/" + id + "/schedule/runs/" + runId;
	}

	@PostMapping("/events/{id}/schedule/runs/{runId}/unpin/{requestId}")
	String unpin(@PathVariable String id, @PathVariable long runId, @PathVariable long requestId, CurrentUser user) {
		schedules.unpin(user, id, requestId);
		return "redirect:/events/" + id + "/schedule/runs/" + runId;
	}

	/**
	 * For an event that has ended the run page asks the organiser to tick a confirmation
	 * ({@code afterEnd}); without it publishing is refused with a message.
	 */
	@PostMapping("/events/{id}/schedule/runs/{runId}/publish")
	String publish(@PathVariable String id, @PathVariable long runId, CurrentUser user,
			@RequestParam(defaultValue = "false") boolean afterEnd, RedirectAttributes redirect) {
		schedules.publish(user, id, runId, afterEnd);
		redirect.addFlashAttribute("message", "schedule.published");
		return "redirect:/events/" + id + "/schedule/runs/" + runId;
	}

	@GetMapping("/events/{id}/contract/instance.json")
	ResponseEntity<byte[]> instance(@PathVariable String id, CurrentUser user) {
		events.organizedEvent(user, id);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SchedulingFiles.writeInstance(schedules.instance(id), out);
		return download(id + "-instance.json", out.toByteArray());
	}

	@GetMapping("/events/{id}/contract/schedule.json")
	ResponseEntity<byte[]> schedule(@PathVariable String id, CurrentUser user) {
		events.organizedEvent(user, id);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SchedulingFiles.writeSchedule(schedules.currentSchedule(id), out);
		return download(id + "-schedule.json", out.toByteArray());
	}

	@PostMapping("/events/{id}/contract/{kind}")
	String upload(@PathVariable String id, @PathVariable String kind, @RequestParam MultipartFile file,
			CurrentUser user, Model model) throws IOException {
		Event event = events.organizedEvent(user, id);
		ScheduleTransfer.Outcome outcome = "schedule".equals(kind)
				? transfer.importSchedule(user, id, file.getInputStream())
				: transfer.checkInstance(user, id, file.getInputStream());
		if (outcome.runId() != null) {
			return "redirect:/events/" + id + "/schedule/runs/" + outcome.runId();
		}
		model.addAttribute("event", event);
		model.addAttribute("outcome", outcome);
		return "events/contract-report";
	}

	private static ResponseEntity<byte[]> download(String name, byte[] body) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

}
