package org.kakehashi.events.web;

import org.kakehashi.directory.DirectoryService;
import org.kakehashi.events.Event;
import org.kakehashi.events.EventService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Event pages: the list and each event. */
@Controller
class EventController {

	private final EventService events;

	private final DirectoryService directory;

	EventController(EventService events, DirectoryService directory) {
		this.events = events;
		this.directory = directory;
	}

	@GetMapping("/events")
	String list(Model model) {
		model.addAttribute("events", events.all());
		return "events/list";
	}

	@GetMapping("/events/{id}")
	String show(@PathVariable String id, Model model) {
		Event event = events.event(id);
		model.addAttribute("event", event);
		model.addAttribute("organizers", event.organizers().stream().map(directory::cluster).toList());
		return "events/show";
	}

}
