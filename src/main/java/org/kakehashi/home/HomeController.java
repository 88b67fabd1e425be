package org.kakehashi.home;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;

import org.jspecify.annotations.Nullable;
import org.kakehashi.agreements.AgreementService;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.events.EventService;
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
		this.clock = clock;
		this.directory = directory;
		this.agreements = agreements;
		this.events = events;
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
		model.addAttribute("events",
				events.all()
					.stream()
					.filter(e -> e.endsAt().isAfter(OffsetDateTime.now(clock).minusYears(1)))
					.sorted(Comparator.comparing(e -> e.startsAt()))
					.toList());
		model.addAttribute("clusterCount", directory.clusters().size());
		return "home/dashboard";
	}

}
