package org.kakehashi.home;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.kakehashi.agreements.AgreementService;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.events.EventService;
import org.kakehashi.events.EventsByTime;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Start page: a welcome for visitors, a dashboard for signed-in users. */
@Controller
class HomeController {

	private final DirectoryService directory;

	private final AgreementService agreements;

	private final EventService events;

	private final Clock clock;

	HomeController(DirectoryService directory, AgreementService agreements, EventService events, Clock clock) {
		this.directory = directory;
		this.agreements = agreements;
		this.events = events;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(@Nullable CurrentUser user, Model model) {
		if (user == null) {
			return "home/welcome";
		}
		if (user.role() == Role.FUNDER) {
			// funders read reports only (docs/access.md): the member dashboard says
			// nothing to them
			return "redirect:/reports";
		}
		String cluster = user.clusterId();
		model.addAttribute("cluster", cluster == null ? null : directory.cluster(cluster));
		model.addAttribute("agreements", agreements.all(cluster));
		EventsByTime byTime = events.byTime();
		model.addAttribute("events", byTime.current());
		// the last year's events stay in reach, apart from the ones still to come
		Instant yearAgo = clock.instant().minus(Duration.ofDays(365));
		model.addAttribute("pastEvents",
				byTime.past().stream().filter(e -> e.endsAt().toInstant().isAfter(yearAgo)).toList());
		model.addAttribute("clusterCount", directory.clusters().size());
		return "home/dashboard";
	}

}
