package org.kakehashi.home;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kakehashi.directory.Cluster;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.directory.Organization;
import org.kakehashi.requests.EntryRequest;
import org.kakehashi.requests.RequestClocks;
import org.kakehashi.requests.RequestClocks.ClockView;
import org.kakehashi.requests.RequestService;
import org.kakehashi.requests.ServiceClock;
import org.kakehashi.shared.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The start page's entry-portal sections. What a reader may see, and whether they may see
 * who asked, is decided by the requests facade (RequestAccess), never here.
 */
@Component
class HomeRequests {

	private static final String ALL = "/requests";

	private final RequestService requests;

	private final RequestClocks clocks;

	private final DirectoryService directory;

	HomeRequests(RequestService requests, RequestClocks clocks, DirectoryService directory) {
		this.requests = requests;
		this.clocks = clocks;
		this.directory = directory;
	}

	/** One of the member's open requests and the partner cluster it is meant for. */
	record OpenRequest(EntryRequest request, @Nullable Cluster partner) {
	}

	/**
	 * A request waiting for the first response of the manager's cluster.
	 *
	 * @param requester the requesting organisation, or null while it is concealed from
	 * this reader (then the page names only the home cluster)
	 */
	record WaitingRequest(EntryRequest request, ClockView clock, @Nullable Organization requester,
			@Nullable Cluster home) {
	}

	/** The member's requests that are not finished, newest first. */
	HomeSection<OpenRequest> openRequests(CurrentUser reader, Map<String, Cluster> clusters) {
		List<OpenRequest> open = requests.visibleTo(reader)
			.stream()
			.filter(r -> !r.state().isFinished())
			.map(r -> new OpenRequest(r,
					clusters.get(r.partnerCluster() != null ? r.partnerCluster() : r.targetCluster())))
			.toList();
		return HomeSection.of(open, ALL);
	}

	/**
	 * The requests whose clock runs for the manager's cluster: overdue first, then due
	 * today, then the others, each group newest first as on the requests page.
	 */
	HomeSection<WaitingRequest> waitingRequests(CurrentUser reader, Map<String, Cluster> clusters) {
		String mine = reader.clusterId();
		List<EntryRequest> waiting = requests.visibleTo(reader)
			.stream()
			.filter(r -> mine != null && mine.equals(r.respondingCluster()))
			.toList();
		Map<String, ClockView> running = clocks.running(waiting, clocks.now());
		List<EntryRequest> ordered = waiting.stream()
			.filter(r -> running.containsKey(r.id()))
			.sorted(Comparator.comparingInt(r -> urgency(running.get(r.id()).status())))
			.toList();
		List<EntryRequest> shown = ordered.stream().limit(HomeSection.SHOWN).toList();
		// names only for the requests shown, in one query, and never a concealed one
		Set<String> hidden = requests.requesterHiddenFrom(reader, shown);
		Map<String, Organization> requesters = directory
			.organizations(shown.stream()
				.filter(r -> !hidden.contains(r.id()))
				.map(EntryRequest::requesterOrganization)
				.collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Organization::id, Function.identity()));
		List<WaitingRequest> items = shown.stream()
			.map(r -> new WaitingRequest(r, running.get(r.id()),
					hidden.contains(r.id()) ? null : requesters.get(r.requesterOrganization()),
					clusters.get(r.homeCluster())))
			.toList();
		return new HomeSection<>(items, ordered.size(), ALL);
	}

	private static int urgency(ServiceClock.Status status) {
		return switch (status) {
			case OVERDUE -> 0;
			case DUE -> 1;
			default -> 2;
		};
	}

}
