package org.kakehashi.events.web;

import java.time.OffsetDateTime;
import java.time.Clock;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.AbsoluteLinks;
import org.kakehashi.events.AgendaService;
import org.kakehashi.events.Attendance;
import org.kakehashi.events.Event;
import org.kakehashi.events.EventService;
import org.kakehashi.events.MeetingService;
import org.kakehashi.events.Participant;
import org.kakehashi.events.ScheduleService;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Personal agendas (page, PDF, iCalendar feed at a secret address) and the day itself:
 * organisers mark check-ins and no-shows, participants give one-click feedback.
 */
@Controller
class AgendaController {

	private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final EventService events;

	private final AgendaService agendas;

	private final MeetingService meetings;

	private final ScheduleService schedules;

	private final AbsoluteLinks links;

	private final Clock clock;

	AgendaController(EventService events, AgendaService agendas, MeetingService meetings, ScheduleService schedules,
			AbsoluteLinks links, Clock clock) {
		this.clock = clock;
		this.events = events;
		this.agendas = agendas;
		this.meetings = meetings;
		this.schedules = schedules;
		this.links = links;
	}

	@GetMapping("/events/{id}/agenda")
	String agenda(@PathVariable String id, CurrentUser user, @RequestParam(required = false) @Nullable Long participant,
			Model model) {
		Event event = events.event(id);
		Participant p = agendas.reader(user, id, participant);
		model.addAttribute("event", event);
		model.addAttribute("participant", p);
		model.addAttribute("items", agendas.agenda(p));
		model.addAttribute("organizer", event.organizedBy(user));
		model.addAttribute("publishedAt", schedules.publishedAt(id));
		model.addAttribute("feedUrl", links.forRequest("/feeds/agenda/" + p.feedToken() + ".ics"));
		model.addAttribute("now", OffsetDateTime.now(clock));
		return "events/agenda";
	}

	@GetMapping("/events/{id}/agenda.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String id, CurrentUser user,
			@RequestParam(required = false) @Nullable Long participant, Locale locale) {
		Participant p = agendas.reader(user, id, participant);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(id + "-agenda.pdf").build().toString())
			.body(agendas.pdf(p, locale));
	}

	/**
	 * The calendar feed: the unguessable token is the credential, as calendar apps cannot
	 * sign in.
	 */
	@GetMapping("/feeds/agenda/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		return ResponseEntity.ok().contentType(CALENDAR).body(agendas.feed(token));
	}

	@PostMapping("/events/{id}/meetings/{bookingId}/attendance")
	String attendance(@PathVariable String id, @PathVariable long bookingId, @RequestParam String value,
			@RequestParam(required = false) @Nullable Long participant, CurrentUser user, RedirectAttributes redirect) {
		meetings.markAttendance(user, bookingId, Attendance.fromCode(value));
		redirect.addFlashAttribute("message", "meeting.attendance.saved");
		return "redirect:/events/" + id + "/agenda" + (participant == null ? "" : "?participant=" + participant);
	}

	@PostMapping("/events/{id}/meetings/{bookingId}/feedback")
	String feedback(@PathVariable String id, @PathVariable long bookingId, @RequestParam boolean useful,
			@RequestParam(defaultValue = "false") boolean followUp, CurrentUser user, RedirectAttributes redirect) {
		meetings.feedback(user, bookingId, useful, followUp);
		redirect.addFlashAttribute("message", "meeting.feedback.saved");
		return "redirect:/events/" + id + "/agenda";
	}

}
