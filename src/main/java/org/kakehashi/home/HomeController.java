package org.kakehashi.home;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kakehashi.agreements.AgreementService;
import org.kakehashi.agreements.AgreementService.AgreementView;
import org.kakehashi.directory.Cluster;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.events.Event;
import org.kakehashi.events.EventService;
import org.kakehashi.events.EventsByTime;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Start page: a welcome for visitors; for signed-in users what waits for them (members:
 * their open requests, meeting requests to answer, next meetings, new opportunities of
 * the partners; managers: requests waiting for their cluster's response, commitments at
 * risk, unread partner posts, interest to route), then agreements and events.
 */
@Controller
class HomeController {

	private final DirectoryService directory;

	private final AgreementService agreements;

	private final EventService events;

	private final HomeRequests requests;

	private final HomeMeetings meetings;

	private final HomeExchange exchange;

	private final HomeCommitments commitments;

	private final Clock clock;

	HomeController(DirectoryService directory, AgreementService agreements, EventService events, HomeRequests requests,
			HomeMeetings meetings, HomeExchange exchange, HomeCommitments commitments, Clock clock) {
		this.directory = directory;
		this.agreements = agreements;
		this.events = events;
		this.requests = requests;
		this.meetings = meetings;
		this.exchange = exchange;
		this.commitments = commitments;
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
		Map<String, Cluster> clusters = directory.clusters()
			.stream()
			.collect(Collectors.toMap(Cluster::id, Function.identity()));
		List<AgreementView> ofCluster = agreements.all(cluster);
		model.addAttribute("cluster", cluster == null ? null : clusters.get(cluster));
		model.addAttribute("agreements", ofCluster);
		EventsByTime byTime = events.byTime();
		model.addAttribute("events", byTime.current());
		// the last year's events stay in reach, apart from the ones still to come
		Instant yearAgo = clock.instant().minus(Duration.ofDays(365));
		model.addAttribute("pastEvents",
				byTime.past().stream().filter(e -> e.endsAt().toInstant().isAfter(yearAgo)).toList());
		model.addAttribute("clusterCount", clusters.size());
		waiting(user, model, clusters, ofCluster, byTime.current());
		return "home/dashboard";
	}

	/**
	 * The personal sections. Administrators are no party to requests, meetings or
	 * interest, so they keep the overview of agreements and events only.
	 */
	private void waiting(CurrentUser user, Model model, Map<String, Cluster> clusters, List<AgreementView> ofCluster,
			List<Event> upcoming) {
		boolean member = user.role() == Role.MEMBER;
		boolean manager = user.role() == Role.CLUSTER_MANAGER;
		model.addAttribute("personal", member || manager);
		if (!member && !manager) {
			return;
		}
		if (member) {
			model.addAttribute("myRequests", requests.openRequests(user, clusters));
		}
		else {
			model.addAttribute("requestsDue", requests.waitingRequests(user, clusters));
			model.addAttribute("commitmentsAtRisk", commitments.atRisk(ofCluster));
		}
		HomeMeetings.Sections partnering = meetings.of(user, upcoming);
		model.addAttribute("meetingsToAnswer", partnering.toAnswer());
		model.addAttribute("nextMeetings", partnering.next());
		if (member) {
			model.addAttribute("newOpportunities", exchange.newOpportunities(user, clusters));
		}
		else {
			model.addAttribute("unreadPosts", exchange.unreadPosts(user, clusters));
			model.addAttribute("interestsToRoute", exchange.interestsToRoute(user, clusters));
		}
	}

}
