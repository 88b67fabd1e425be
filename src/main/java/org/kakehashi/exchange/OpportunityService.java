package org.kakehashi.exchange;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.directory.Organization;
import org.kakehashi.directory.OrganizationPage;
import org.kakehashi.directory.OrganizationQuery;
import org.kakehashi.exchange.internal.OpportunityRepository;
import org.kakehashi.exchange.internal.OpportunitySearch;
import org.kakehashi.shared.AuditEntry;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.FieldProblem;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.InvalidInputException;
import org.kakehashi.shared.NotFoundException;
import org.kakehashi.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The business opportunities facade. Every signed-in user may read opportunities; outside
 * the owner's cluster they read them anonymously. Interest from another cluster's member
 * is routed as {@link InterestExpressed}; names are revealed by {@link Interests} when
 * both sides agree.
 */
@Service
public class OpportunityService {

	private final OpportunityRepository opportunities;

	private final OpportunitySearch search;

	private final DirectoryService directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OpportunityService(OpportunityRepository opportunities, OpportunitySearch search, DirectoryService directory,
			ApplicationEventPublisher events, Clock clock) {
		this.opportunities = opportunities;
		this.search = search;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opportunities matching {@code query} in any language (and type), as {@code reader}
	 * may see them.
	 */
	public List<OpportunityView> find(CurrentUser reader, @Nullable String query, @Nullable OpportunityType type) {
		Set<String> needles = search.needles(query == null ? "" : query);
		Set<Long> revealed = opportunities.revealedTo(reader.username());
		return opportunities.findAll()
			.stream()
			.filter(o -> type == null || o.type() == type)
			.filter(o -> search.matches(o, needles))
			.map(o -> OpportunityView.of(o, o.ownerSide(reader) || revealed.contains(o.id())))
			.toList();
	}

	public OpportunityView opportunity(CurrentUser reader, long id) {
		return view(reader, load(id));
	}

	/**
	 * Every opportunity in its anonymous form, for the search module's index: an index
	 * never holds an owner's name, so no search result can leak one.
	 */
	public List<OpportunityView> anonymousForIndex() {
		return opportunities.findAll().stream().map(o -> OpportunityView.of(o, false)).toList();
	}

	@Transactional
	public OpportunityView create(CurrentUser user, OpportunityDraft draft) {
		String owner = owningOrganization(user, draft);
		List<FieldProblem> problems = new ArrayList<>();
		PostService.checkText(draft.titles(), "title", PostService.TITLE_MAX, problems);
		PostService.checkText(draft.summaries(), "summary", PostService.BODY_MAX, problems);
		if (draft.deadline() != null && draft.deadline().isBefore(java.time.LocalDate.now(clock))) {
			problems.add(new FieldProblem("deadline", "lies in the past"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Opportunity o = new Opportunity(0, draft.type(), draft.titles(), draft.summaries(), draft.keywords(),
				draft.stage(), draft.partnerSought(), draft.deadline(), user.clusterId(), owner, user.username(),
				clock.instant(), 0);
		long id = opportunities.insert(o);
		events.publishEvent(
				AuditEntry.by(user, "opportunity.created", "opportunity", String.valueOf(id), draft.type().code()));
		return opportunity(user, id);
	}

	/**
	 * The organisations {@code user} may offer an opportunity for, the form's choices: a
	 * member their own organisation, a manager each organisation of their cluster (or
	 * none, offering for the cluster itself); nobody else.
	 */
	public List<Organization> offeringOrganizations(CurrentUser user) {
		if (user.role() == Role.MEMBER) {
			return directory.organizations(Set.of(user.organizationId()));
		}
		if (user.role() != Role.CLUSTER_MANAGER) {
			return List.of();
		}
		List<Organization> all = new ArrayList<>();
		OrganizationPage page;
		int number = 0;
		do {
			page = directory.organizations(new OrganizationQuery(user.clusterId(), null, null, null, number++, 500));
			all.addAll(page.items());
		}
		while (number < page.pages());
		return all;
	}

	/**
	 * Members own for their organisation; managers for their cluster or one of its
	 * members. An id of another cluster's organisation, or of none, is invalid input (the
	 * form shows it on the field), not a missing page.
	 */
	private @Nullable String owningOrganization(CurrentUser user, OpportunityDraft draft) {
		if (user.role() == Role.MEMBER) {
			return user.organizationId();
		}
		if (user.role() != Role.CLUSTER_MANAGER) {
			throw new ForbiddenException("opportunities are entered by members and cluster managers");
		}
		String org = draft.organizationId() == null || draft.organizationId().isBlank() ? null : draft.organizationId();
		if (org != null && !user.managesCluster(directory.clusterOf(org))) {
			throw new InvalidInputException("organization", "'" + org + "' is not a member of your cluster");
		}
		return org;
	}

	Opportunity load(long id) {
		return opportunities.findById(id).orElseThrow(() -> new NotFoundException("opportunity", String.valueOf(id)));
	}

	/**
	 * Names are visible to the owner's cluster, and to an interested user once both sides
	 * agreed.
	 */
	OpportunityView view(CurrentUser reader, Opportunity o) {
		return OpportunityView.of(o,
				o.ownerSide(reader) || opportunities.revealedTo(reader.username()).contains(o.id()));
	}

}
