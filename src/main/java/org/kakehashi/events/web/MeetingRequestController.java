package org.kakehashi.events.web;

import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.kakehashi.events.CandidateSlots;
import org.kakehashi.events.Event;
import org.kakehashi.events.EventService;
import org.kakehashi.events.EventSlot;
import org.kakehashi.events.MeetingRequest;
import org.kakehashi.events.MeetingRequestService;
import org.kakehashi.events.MeetingRequestView;
import org.kakehashi.events.MeetingService;
import org.kakehashi.events.Participant;
import org.kakehashi.events.RegistrationService;
import org.kakehashi.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Meeting requests: the participant's incoming and outgoing requests (organisers see
 * all), asking, answering, booking a slot, cancelling. Refusals (a taken slot, a request
 * already answered) come back as a flash error through {@link EventsWebAdvice}.
 */
@Controller
class MeetingRequestController {

	private final EventService events;

	private final RegistrationService registrations;

	private final MeetingRequestService requests;

	private final MeetingService meetings;

	MeetingRequestController(EventService events, RegistrationService registrations, MeetingRequestService requests,
			MeetingService meetings) {
		this.events = events;
		this.registrations = registrations;
		this.requests = requests;
		this.meetings = meetings;
	}

	@GetMapping("/events/{id}/requests")
	String list(@PathVariable String id, CurrentUser user, Model model) {
		Event event = events.event(id);
		boolean organizer = event.organizedBy(user);
		Participant me = organizer ? registrations.participantOf(user, id).orElse(null)
				: registrations.requireParticipant(user, id);
		model.addAttribute("event", event);
		model.addAttribute("me", me);
		model.addAttribute("organizer", organizer);
		model.addAttribute("ended", events.hasEnded(event));
		model.addAttribute("requests", organizer ? requests.allRequests(user, id) : requests.requestsOf(me));
		model.addAttribute("participants", registrations.participants(user, id));
		model.addAttribute("candidates", new Candidates(requests, id));
		return "events/requests";
	}

	/**
	 * Lets the page ask for a request's candidate slots only where it offers a booking;
	 * the event is read for that once, on the first such request.
	 */
	static final class Candidates {

		private final Supplier<CandidateSlots> slots;

		Candidates(MeetingRequestService service, String eventId) {
			this.slots = SingletonSupplier.of(() -> service.candidateSlots(eventId));
		}

		public List<EventSlot> of(MeetingRequestView view) {
			return slots.get().of(view.request());
		}

	}

	@PostMapping("/events/{id}/requests")
	String create(@PathVariable String id, CurrentUser user, @RequestParam long receiver,
			@RequestParam(defaultValue = "") String message, RedirectAttributes redirect) {
		requests.request(user, id, receiver, message);
		redirect.addFlashAttribute("message", "request.sent");
		return "redirect:/events/" + id + "/requests";
	}

	@PostMapping("/events/{id}/proposals")
	String propose(@PathVariable String id, CurrentUser user, @RequestParam long requester, @RequestParam long receiver,
			@RequestParam(defaultValue = "2") int priority, @RequestParam(defaultValue = "") String message,
			RedirectAttributes redirect) {
		requests.propose(user, id, requester, receiver, priority, message);
		redirect.addFlashAttribute("message", "request.proposed");
		return "redirect:/events/" + id + "/requests";
	}

	@PostMapping("/events/{id}/requests/{requestId}/{action}")
	String act(@PathVariable String id, @PathVariable long requestId, @PathVariable String action, CurrentUser user,
			@RequestParam(required = false) @Nullable Long slot, @RequestParam(defaultValue = "2") int priority,
			RedirectAttributes redirect) {
		MeetingRequest request = requests.requests(requestId);
		if (!request.eventId().equals(id)) {
			throw new org.kakehashi.shared.NotFoundException("meeting request", String.valueOf(requestId));
		}
		switch (action) {
			case "accept" -> requests.accept(user, requestId, slot);
			case "decline" -> requests.decline(user, requestId);
			case "withdraw" -> requests.withdraw(user, requestId);
			case "priority" -> requests.setPriority(user, requestId, priority);
			case "book" -> requests.book(user, requestId, slot == null ? -1 : slot);
			case "cancel" -> meetings.cancel(user, requestId);
			default -> throw new org.kakehashi.shared.NotFoundException("action", action);
		}
		redirect.addFlashAttribute("message", "request." + action + ".done");
		return "redirect:/events/" + id + "/requests";
	}

}
