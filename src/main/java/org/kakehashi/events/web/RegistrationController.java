package org.kakehashi.events.web;

import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kakehashi.events.Event;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.directory.Organization;
import org.kakehashi.events.EventService;
import org.kakehashi.events.Participant;
import org.kakehashi.events.RegistrationService;
import org.kakehashi.events.SlotChoiceView;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.DuplicateException;
import org.kakehashi.shared.web.TimeZoneChoices;
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
 * Registration, the participant list and the availability grid (htmx: one cell per
 * click).
 */
@Controller
class RegistrationController {

	private final EventService events;

	private final RegistrationService registrations;

	private final DirectoryService directory;

	RegistrationController(EventService events, RegistrationService registrations, DirectoryService directory) {
		this.directory = directory;
		this.events = events;
		this.registrations = registrations;
	}

	@PostMapping("/events/{id}/register")
	String register(@PathVariable String id, CurrentUser user,
			@RequestParam(required = false) @Nullable String delegation, RedirectAttributes redirect) {
		try {
			registrations.register(user, id, delegation);
			redirect.addFlashAttribute("message", "registration.done");
			return "redirect:/events/" + id + "/availability";
		}
		catch (DuplicateException ex) {
			redirect.addFlashAttribute("error", "registration.duplicate");
			return "redirect:/events/" + id;
		}
	}

	/**
	 * The organisers' guest form on the participants page: the time zone is picked from
	 * the list ({@code fragments/fields :: zone}) and sent as an IANA id.
	 */
	record GuestForm(@Nullable String organization, @Nullable String timeZone) {
	}

	/**
	 * Registers a guest; a missing or unknown organisation or zone shows the participants
	 * page again with field errors and the input kept.
	 */
	@PostMapping("/events/{id}/guests")
	String guest(@PathVariable String id, CurrentUser user, @ModelAttribute("guest") GuestForm guest,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		events.organizedEvent(user, id);
		String organization = guest.organization() == null ? "" : guest.organization().strip();
		if (organization.isEmpty()) {
			errors.rejectValue("organization", "registration.organization.required");
		}
		else if (directory.organizations(Set.of(organization)).isEmpty()) {
			errors.rejectValue("organization", "registration.organization.unknown");
		}
		if (!TimeZoneChoices.isKnown(guest.timeZone())) {
			errors.rejectValue("timeZone", "zone.invalid");
		}
		if (errors.hasErrors()) {
			return participantsPage(id, user, model);
		}
		registrations.registerGuest(user, id, organization, guest.timeZone());
		redirect.addFlashAttribute("message", "registration.guestAdded");
		return "redirect:/events/" + id + "/participants";
	}

	@GetMapping("/events/{id}/participants")
	String participants(@PathVariable String id, CurrentUser user, Model model) {
		return participantsPage(id, user, model);
	}

	private String participantsPage(String id, CurrentUser user, Model model) {
		Event event = events.event(id);
		model.addAttribute("event", event);
		var participants = registrations.participants(user, id);
		model.addAttribute("participants", participants);
		// organisations by name, read in one query for the whole list
		model.addAttribute("organizations",
				directory
					.organizations(participants.stream()
						.map(Participant::organizationId)
						.filter(Objects::nonNull)
						.collect(Collectors.toSet()))
					.stream()
					.collect(Collectors.toMap(Organization::id, Function.identity())));
		model.addAttribute("me", registrations.participantOf(user, id).orElse(null));
		model.addAttribute("organizer", event.organizedBy(user));
		model.addAttribute("ended", events.hasEnded(event));
		if (!model.containsAttribute("guest")) {
			model.addAttribute("guest", new GuestForm("", event.timeZone()));
		}
		return "events/participants";
	}

	@GetMapping("/events/{id}/availability")
	String availability(@PathVariable String id, CurrentUser user,
			@RequestParam(required = false) @Nullable Long participant, Model model) {
		Event event = events.event(id);
		Participant p = participant == null ? registrations.requireParticipant(user, id)
				: registrations.participant(id, participant);
		if (participant != null) {
			events.organizedEvent(user, id);
		}
		model.addAttribute("event", event);
		model.addAttribute("participant", p);
		model.addAttribute("choices", registrations.availability(p));
		return "events/availability";
	}

	/** htmx: toggles one slot and answers with the cell. */
	@PostMapping("/events/{id}/availability/{participantId}/{slotId}")
	String toggle(@PathVariable String id, @PathVariable long participantId, @PathVariable long slotId,
			@RequestParam(defaultValue = "false") boolean available, CurrentUser user, Model model) {
		SlotChoiceView choice = registrations.setAvailable(user, id, participantId, slotId, available);
		model.addAttribute("event", events.event(id));
		model.addAttribute("participant", registrations.participant(id, participantId));
		model.addAttribute("c", choice);
		return "events/availability :: cell";
	}

}
