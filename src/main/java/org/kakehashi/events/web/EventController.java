package org.kakehashi.events.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.kakehashi.directory.Cluster;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.events.Event;
import org.kakehashi.events.EventDraft;
import org.kakehashi.events.EventKind;
import org.kakehashi.events.EventService;
import org.kakehashi.events.RegistrationService;
import org.kakehashi.events.SlotPlan;
import org.kakehashi.shared.ConcurrentEditException;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.DuplicateException;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.web.TimeZoneChoices;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Event pages: the list, each event, and the organisers' set-up (event form, slot grid).
 */
@Controller
class EventController {

	private final EventService events;

	private final RegistrationService registrations;

	private final DirectoryService directory;

	private final Clock clock;

	EventController(EventService events, RegistrationService registrations, DirectoryService directory, Clock clock) {
		this.events = events;
		this.clock = clock;
		this.registrations = registrations;
		this.directory = directory;
	}

	@GetMapping("/events")
	String list(@Nullable CurrentUser user, Model model) {
		model.addAttribute("byTime", events.byTime());
		model.addAttribute("mayCreate",
				user != null && (user.isAdmin() || user.role().name().equals("CLUSTER_MANAGER")));
		return "events/list";
	}

	@GetMapping("/events/{id}")
	String show(@PathVariable String id, CurrentUser user, Model model) {
		Event event = events.event(id);
		model.addAttribute("event", event);
		Map<String, Cluster> clusters = directory.clusters()
			.stream()
			.collect(Collectors.toMap(Cluster::id, Function.identity()));
		model.addAttribute("organizers",
				event.organizers().stream().map(clusters::get).filter(Objects::nonNull).toList());
		model.addAttribute("organizer", event.organizedBy(user));
		model.addAttribute("ended", events.hasEnded(event));
		model.addAttribute("me", registrations.participantOf(user, id).orElse(null));
		model.addAttribute("slotCount", events.slots(id).size());
		return "events/show";
	}

	@GetMapping("/events/new")
	String createForm(CurrentUser user, Model model) {
		model.addAttribute("form", EventDraft.empty(user.clusterId(), clock));
		return form(model, true);
	}

	@PostMapping("/events")
	String create(CurrentUser user, @Valid @ModelAttribute("form") EventDraft form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Event event = toEvent(form, errors);
		if (event != null && !errors.hasErrors()) {
			try {
				events.create(user, event);
				redirect.addFlashAttribute("message", "event.created");
				return "redirect:/events/" + event.id();
			}
			catch (DuplicateException ex) {
				errors.rejectValue("id", "event.id.taken");
			}
			catch (ForbiddenException ex) {
				errors.rejectValue("organizers", "event.organizers.yours");
			}
		}
		return form(model, true);
	}

	@GetMapping("/events/{id}/edit")
	String editForm(@PathVariable String id, CurrentUser user, Model model) {
		Event event = events.organizedEvent(user, id);
		model.addAttribute("form", EventDraft.of(event, events.version(id)));
		return form(model, false);
	}

	@PostMapping("/events/{id}/edit")
	String edit(@PathVariable String id, CurrentUser user, @Valid @ModelAttribute("form") EventDraft form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		events.organizedEvent(user, id);
		if (!id.equals(form.id())) {
			errors.rejectValue("id", "event.id.immutable");
		}
		Event event = toEvent(form, errors);
		if (event != null && !errors.hasErrors()) {
			try {
				events.update(user, event, form.version() == null ? 0L : form.version());
				redirect.addFlashAttribute("message", "event.saved");
				return "redirect:/events/" + id;
			}
			catch (ConcurrentEditException ex) {
				errors.reject("edit.conflict");
			}
			catch (ForbiddenException ex) {
				errors.rejectValue("organizers", "event.organizers.yours");
			}
		}
		return form(model, false);
	}

	/**
	 * The event the form describes, or null with field errors. The zone comes from the
	 * picker; anything else (a hand-made request, "Tokyo") is a field error, never a 500.
	 */
	private static @Nullable Event toEvent(EventDraft form, BindingResult errors) {
		if (!errors.hasFieldErrors("timeZone") && !TimeZoneChoices.isKnown(form.timeZone())) {
			errors.rejectValue("timeZone", "zone.invalid");
		}
		if (errors.hasErrors()) {
			return null;
		}
		try {
			return form.toEvent();
		}
		catch (java.time.DateTimeException ex) {
			errors.rejectValue("timeZone", "zone.invalid");
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue(form.names().isEmpty() ? "nameEn" : "endsAt",
					form.names().isEmpty() ? "name.required" : "event.dates.order");
		}
		return null;
	}

	private String form(Model model, boolean creating) {
		model.addAttribute("creating", creating);
		model.addAttribute("kinds", EventKind.values());
		model.addAttribute("clusters", directory.clusters());
		return "events/form";
	}

	@GetMapping("/events/{id}/slots")
	String slots(@PathVariable String id, CurrentUser user, Model model) {
		Event event = events.organizedEvent(user, id);
		model.addAttribute("event", event);
		model.addAttribute("slots", events.slots(id));
		model.addAttribute("firstDay",
				event.startsAt().atZoneSameInstant(java.time.ZoneId.of(event.timeZone())).toLocalDate());
		return "events/slots";
	}

	@PostMapping("/events/{id}/slots")
	String generate(@PathVariable String id, CurrentUser user,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDay, @RequestParam int days,
			@RequestParam @DateTimeFormat(pattern = "HH:mm") LocalTime from,
			@RequestParam @DateTimeFormat(pattern = "HH:mm") LocalTime until, @RequestParam int minutes,
			@RequestParam int tables, RedirectAttributes redirect) {
		if (days < 1 || days > 14 || minutes < 5 || minutes > 480 || tables < 0 || tables > 1000) {
			redirect.addFlashAttribute("error", "slots.plan.invalid");
			return "redirect:/events/" + id + "/slots";
		}
		List<LocalDate> dayList = firstDay.datesUntil(firstDay.plusDays(days)).toList();
		events.generateSlots(user, id, new SlotPlan(dayList, SlotPlan.every(from, until, minutes), minutes, tables));
		redirect.addFlashAttribute("message", "slots.generated");
		return "redirect:/events/" + id + "/slots";
	}

	@PostMapping("/events/{id}/slots/clear")
	String clear(@PathVariable String id, CurrentUser user, RedirectAttributes redirect) {
		events.removeUnbookedSlots(user, id);
		redirect.addFlashAttribute("message", "slots.cleared");
		return "redirect:/events/" + id + "/slots";
	}

}
