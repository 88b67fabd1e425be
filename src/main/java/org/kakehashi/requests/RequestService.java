package org.kakehashi.requests;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kakehashi.directory.Organization;
import org.kakehashi.requests.internal.ConcealedRequesters;
import org.kakehashi.requests.internal.RequestHistory;
import org.kakehashi.requests.internal.RequestRepository;
import org.kakehashi.shared.AuditEntry;
import org.kakehashi.shared.ConcurrentEditException;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.InvalidInputException;
import org.kakehashi.shared.NotFoundException;
import org.kakehashi.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requests facade: file a request, read what one may see, and take the steps of the
 * workflow. Every read and step goes through {@link RequestAccess}; a request someone may
 * not see is reported as not existing. Each step is recorded in the request's history,
 * published as an audit entry and announced by {@link EntryRequestChanged} for the mails.
 */
@Service
public class RequestService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final RequestRepository requests;

	private final RequestHistory history;

	private final RequestClocks clocks;

	private final RequestParties parties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ConcealedRequesters concealed;

	RequestService(RequestRepository requests, RequestHistory history, RequestClocks clocks, RequestParties parties,
			ApplicationEventPublisher events, Clock clock, ConcealedRequesters concealed) {
		this.requests = requests;
		this.concealed = concealed;
		this.history = history;
		this.clocks = clocks;
		this.parties = parties;
		this.events = events;
		this.clock = clock;
	}

	/** Files a request with the requester's home cluster, whose clock starts now. */
	@Transactional
	public EntryRequest file(CurrentUser user, FileEntryRequest command) {
		String orgId = command.requesterOrganization() != null && !command.requesterOrganization().isBlank()
				? command.requesterOrganization().strip() : user.organizationId();
		if (user.role() != Role.MEMBER && user.role() != Role.CLUSTER_MANAGER) {
			throw new ForbiddenException(
					"requests are filed by members or, on their behalf, by their cluster's managers");
		}
		if (orgId == null) {
			throw new InvalidInputException("requesterOrganization", "name the member organisation you file for");
		}
		Organization org = parties.organization(orgId)
			.orElseThrow(
					() -> new InvalidInputException("requesterOrganization", "unknown organisation '" + orgId + "'"));
		String home = org.clusterId();
		if (home == null || !RequestAccess.mayFileFor(user, org.id(), home)) {
			throw new ForbiddenException(
					"you may file requests only for your own organisation or your cluster's members");
		}
		if (!parties.partnerClusters(home).contains(command.targetCluster())) {
			throw new InvalidInputException("targetCluster",
					"'" + command.targetCluster() + "' is not a partner cluster of " + home);
		}
		Instant now = clock.instant();
		EntryRequest request = EntryRequest.file(newId(), command.type(), command.title(), command.description(),
				org.id(), user.username(), home, command.targetCluster(),
				clocks.homeClock(home, command.targetCluster(), now));
		requests.insert(request);
		String detail = user.role() == Role.CLUSTER_MANAGER ? "on behalf of " + org.id() : null;
		record(user, request.id(),
				new RequestTransition("filed", null, RequestState.SUBMITTED, user.username(), now, detail));
		return request;
	}

	/** Every request the user may see, newest first. */
	public List<EntryRequest> visibleTo(CurrentUser user) {
		if (user.role() != Role.MEMBER && user.role() != Role.CLUSTER_MANAGER) {
			return List.of();
		}
		return requests.findTouching(user.role() == Role.MEMBER ? user.organizationId() : null, user.clusterId())
			.stream()
			.filter(r -> RequestAccess.canSee(user, r))
			.toList();
	}

	/** One request, or "not found" for anyone who may not see it. */
	public EntryRequest request(@Nullable CurrentUser user, String id) {
		return requests.findById(id)
			.filter(r -> RequestAccess.canSee(user, r))
			.orElseThrow(() -> new NotFoundException("request", id));
	}

	/** Whether this reader may see who asked (see {@link RequesterVisibility}). */
	public RequesterVisibility requesterVisibility(CurrentUser user, EntryRequest r) {
		if (RequestAccess.seesRequester(user, r, concealed.isConcealed(r.id()))) {
			return RequesterVisibility.NAMED;
		}
		Set<String> managers = new HashSet<>();
		parties.managersOf(r.homeCluster()).forEach(m -> managers.add(m.username()));
		if (r.partnerCluster() != null) {
			parties.managersOf(r.partnerCluster()).forEach(m -> managers.add(m.username()));
		}
		return new RequesterVisibility(true, managers);
	}

	/**
	 * Of the given requests, the ids of those whose requester this reader may not see.
	 */
	public Set<String> requesterHiddenFrom(CurrentUser user, List<EntryRequest> rs) {
		Set<String> concealedIds = concealed.concealedAmong(rs.stream().map(EntryRequest::id).toList());
		return rs.stream()
			.filter(r -> !RequestAccess.seesRequester(user, r, concealedIds.contains(r.id())))
			.map(EntryRequest::id)
			.collect(Collectors.toSet());
	}

	public List<RequestTransition> transitions(CurrentUser user, String id) {
		return history.transitions(request(user, id).id());
	}

	public List<Introduction> introductions(CurrentUser user, String id) {
		return history.introductions(request(user, id).id());
	}

	/**
	 * Requests whose first introduction was made after {@code after} and not after
	 * {@code until}, oldest first, with the people of the requesting organisation to ask
	 * what came of them (for the reports module's follow-up questions; no user is acting,
	 * so {@link RequestAccess} is applied to the people named instead).
	 */
	public List<IntroductionsMade> introductionsFirstMadeBetween(Instant after, Instant until) {
		return history.firstIntroducedBetween(after, until)
			.stream()
			.flatMap(id -> requests.findById(id).stream())
			.map(r -> {
				List<Introduction> made = history.introductions(r.id());
				return new IntroductionsMade(r.id(), r.title(), r.requesterOrganization(), made.getFirst().at(), made,
						askedAbout(r));
			})
			.sorted(java.util.Comparator.comparing(IntroductionsMade::firstAt))
			.toList();
	}

	private List<String> askedAbout(EntryRequest r) {
		List<String> members = parties.readers(r)
			.stream()
			.filter(u -> RequestAccess.isRequester(RequestParties.asUser(u), r))
			.map(u -> u.username())
			.toList();
		return members.contains(r.filedBy()) ? List.of(r.filedBy()) : members;
	}

	/**
	 * Takes one step. Refused with 404 for outsiders, 403 for parties without the role
	 * for it, {@link IllegalTransitionException} when the state does not allow it and
	 * {@link ConcurrentEditException} when {@code version} is stale.
	 */
	@Transactional
	public EntryRequest act(CurrentUser user, String id, RequestStep step, @Nullable Long version) {
		EntryRequest before = request(user, id);
		if (!RequestAccess.hasRoleFor(user, before, step.action())) {
			throw new ForbiddenException("your part in this request does not allow '" + step.action().code() + "'");
		}
		if (version != null && version != before.version()) {
			throw new ConcurrentEditException("request", id, version);
		}
		Instant now = clock.instant();
		Applied applied = apply(user, before, step, now);
		EntryRequest after = applied.request();
		LocalDate handled = RequestState.HANDLED.contains(after.state())
				? now.atZone(clocks.zoneOf(after.actingCluster())).toLocalDate() : null;
		EntryRequest saved = requests.update(after, handled);
		record(user, id, new RequestTransition(step.action().code(), before.state(), after.state(), user.username(),
				now, applied.detail()));
		return saved;
	}

	private record Applied(EntryRequest request, @Nullable String detail) {
	}

	private Applied apply(CurrentUser user, EntryRequest r, RequestStep step, Instant now) {
		return switch (step) {
			case RequestStep.Forward f -> {
				String agreement = parties.agreementFor(r.homeCluster(), f.partnerCluster());
				yield new Applied(
						r.forward(f.partnerCluster(), agreement,
								clocks.partnerClock(f.partnerCluster(), agreement, now)),
						f.partnerCluster() + " / " + agreement);
			}
			case RequestStep.Accept a -> new Applied(r.accept(now), null);
			case RequestStep.Decline d -> new Applied(r.decline(d.reason(), now), d.reason().strip());
			case RequestStep.Start s -> new Applied(r.start(), null);
			case RequestStep.Introduce i -> introduce(user, r, i, now);
			case RequestStep.Close c -> new Applied(r.close(c.outcome()), c.outcome().code());
			case RequestStep.GiveFeedback g ->
				new Applied(r.feedback(new Feedback(g.rating(), g.comment(), user.username(), now)), g.rating() + "/5");
			case RequestStep.Assign a -> {
				parties.requireManagerOf(a.manager(), r.actingCluster());
				yield new Applied(r.assign(a.manager()), a.manager());
			}
		};
	}

	private Applied introduce(CurrentUser user, EntryRequest r, RequestStep.Introduce step, Instant now) {
		EntryRequest next = r.introduce();
		step.organizations().forEach(parties::requireOrganization);
		List<String> added = history.introduce(r.id(), step.organizations(), user.username(), now);
		if (added.isEmpty()) {
			throw new InvalidInputException("organizations", "these organisations were introduced already");
		}
		return new Applied(next, String.join(", ", added));
	}

	private void record(CurrentUser user, String id, RequestTransition t) {
		history.record(id, t);
		events.publishEvent(AuditEntry.by(user, "request." + t.action(), "request", id, t.detail()));
		events.publishEvent(new EntryRequestChanged(id, t.action(), user.username()));
	}

	/**
	 * Number of requests in the system, for the demo loader (no content, no access check
	 * needed).
	 */
	public long count() {
		return requests.count();
	}

	/**
	 * Random, unguessable ids: an id seen in a URL tells nothing about how many requests
	 * exist.
	 */
	private static String newId() {
		byte[] bytes = new byte[8];
		RANDOM.nextBytes(bytes);
		return "rq-" + HexFormat.of().formatHex(bytes);
	}

}
