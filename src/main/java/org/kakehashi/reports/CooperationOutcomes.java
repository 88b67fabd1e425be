package org.kakehashi.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kakehashi.agreements.AgreementService;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.directory.Organization;
import org.kakehashi.reports.internal.OutcomeRepository;
import org.kakehashi.reports.internal.OutcomeSources;
import org.kakehashi.shared.AuditEntry;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.NotFoundException;
import org.kakehashi.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outcomes are recorded where they happen: a member records what came of a meeting, an
 * introduction or an opportunity with an organisation of a partner cluster; a cluster
 * manager may record one on behalf of an organisation of their cluster. Reports count
 * them per kind and direction.
 */
@Service
public class CooperationOutcomes {

	private final OutcomeRepository outcomes;

	private final DirectoryService directory;

	private final AgreementService agreements;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final OutcomeSources sources;

	CooperationOutcomes(OutcomeRepository outcomes, DirectoryService directory, AgreementService agreements,
			ApplicationEventPublisher events, Clock clock, OutcomeSources sources) {
		this.sources = sources;
		this.outcomes = outcomes;
		this.directory = directory;
		this.agreements = agreements;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records {@code draft}.
	 * @throws InvalidOutcomeException naming the field at fault
	 * @throws ForbiddenException for users who are neither member nor manager
	 */
	@Transactional
	public CooperationOutcome record(CurrentUser user, OutcomeDraft draft) {
		String organization = organizationFor(user, draft);
		String cluster = directory.clusterOf(organization);
		if (cluster == null) {
			throw new InvalidOutcomeException("organization", "outcome.organization.invalid",
					"organisation '" + organization + "' belongs to no cluster");
		}
		Organization partner;
		try {
			partner = directory.organization(draft.partnerOrganizationId());
		}
		catch (NotFoundException ex) {
			throw new InvalidOutcomeException("partner", "outcome.partner.invalid",
					"unknown organisation '" + draft.partnerOrganizationId() + "'");
		}
		if (partner.clusterId() == null || !agreements.partnersOf(cluster).contains(partner.clusterId())) {
			throw new InvalidOutcomeException("partner", "outcome.partner.invalid",
					"the partner organisation belongs to no partner cluster of " + cluster);
		}
		requireSourceMatches(user, draft, organization);
		if (draft.happenedOn().isAfter(LocalDate.now(clock))) {
			throw new InvalidOutcomeException("happenedOn", "outcome.date.future", "an outcome cannot lie ahead");
		}
		CooperationOutcome outcome = new CooperationOutcome(0, draft.kind(), organization, cluster, partner.id(),
				partner.clusterId(), draft.source(), draft.sourceRef(), draft.happenedOn(), draft.mayBeNamed(),
				user.username(), clock.instant());
		outcomes.insert(outcome);
		events.publishEvent(AuditEntry.by(user, "outcome.recorded", "organization", organization,
				draft.kind().code() + " with " + partner.id()));
		return outcome;
	}

	/**
	 * The draft a follow-up link opens: the meeting's or request's organisations and day,
	 * for a user who may record an outcome of it.
	 * @param partner for a request, which introduced organisation (null: the first)
	 * @throws NotFoundException for anyone else
	 */
	public OutcomeDraft draftFor(CurrentUser user, OutcomeSource source, String ref, @Nullable String partner) {
		return sources.draftFor(user, source, ref, partner)
			.orElseThrow(() -> new NotFoundException("outcome source", source.code() + " " + ref));
	}

	/** The outcomes a user may see: their organisation's, their cluster's, or all. */
	public List<CooperationOutcome> visibleTo(CurrentUser user) {
		return switch (user.role()) {
			case ADMIN -> outcomes.find(null, null);
			case CLUSTER_MANAGER -> outcomes.find(null, user.clusterId());
			case MEMBER -> outcomes.find(user.organizationId(), null);
			case FUNDER -> List.of();
		};
	}

	/** For reports: outcomes between organisations of {@code a} and {@code b}. */
	List<CooperationOutcome> between(String a, String b) {
		return outcomes.between(a, b);
	}

	/**
	 * An outcome naming its meeting or request must be of that source's organisations, so
	 * that it ends the follow-up questions only of the organisation that answered.
	 */
	private void requireSourceMatches(CurrentUser user, OutcomeDraft draft, String organization) {
		String ref = draft.sourceRef();
		if (ref == null) {
			return;
		}
		boolean matches = sources.draftFor(user, draft.source(), ref, draft.partnerOrganizationId())
			.filter(d -> organization.equals(d.organizationId())
					&& draft.partnerOrganizationId().equals(d.partnerOrganizationId()))
			.isPresent();
		if (!matches) {
			throw new InvalidOutcomeException("source", "outcome.sourceRef.invalid",
					"the outcome does not match " + draft.source().code() + " " + ref);
		}
	}

	private String organizationFor(CurrentUser user, OutcomeDraft draft) {
		if (user.role() == Role.MEMBER) {
			String own = user.organizationId();
			if (draft.organizationId() != null && !draft.organizationId().equals(own)) {
				throw new InvalidOutcomeException("organization", "outcome.organization.invalid",
						"members record outcomes of their own organisation");
			}
			return own;
		}
		if (user.role() == Role.CLUSTER_MANAGER) {
			String org = draft.organizationId();
			if (org == null || org.isBlank() || !user.clusterId().equals(directory.clusterOf(org))) {
				throw new InvalidOutcomeException("organization", "outcome.organization.invalid",
						"managers record outcomes of their own cluster's organisations");
			}
			return org;
		}
		throw new ForbiddenException("outcomes are recorded by members and their cluster's managers");
	}

}
