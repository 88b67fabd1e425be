package org.kakehashi.exchange;

import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;

import org.kakehashi.agreements.AgreementService;
import org.kakehashi.exchange.internal.OpportunityRepository;
import org.kakehashi.shared.AuditEntry;
import org.kakehashi.shared.ConcurrentEditException;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.DuplicateException;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.InvalidInputException;
import org.kakehashi.shared.NotFoundException;
import org.kakehashi.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expressions of interest in opportunities and the reveal of names. The owner's side
 * answers (accept or decline); the interested side agrees to be named; names are shown
 * only when both agreed ({@link ExpressionOfInterest#revealed()}).
 */
@Service
public class Interests {

	static final int MESSAGE_MAX = 4_000;

	private final OpportunityService opportunities;

	private final OpportunityRepository repository;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AgreementService agreements;

	Interests(OpportunityService opportunities, OpportunityRepository repository, ApplicationEventPublisher events,
			Clock clock, AgreementService agreements) {
		this.agreements = agreements;
		this.opportunities = opportunities;
		this.repository = repository;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A member or manager of another cluster expresses interest; it is routed to the
	 * owner's cluster.
	 */
	@Transactional
	public ExpressionOfInterest express(CurrentUser user, long opportunityId, String message, boolean revealMyName) {
		Opportunity o = opportunities.load(opportunityId);
		boolean person = user.role() == Role.MEMBER || user.role() == Role.CLUSTER_MANAGER;
		if (!person || user.clusterId() == null || user.clusterId().equals(o.ownerClusterId())) {
			throw new ForbiddenException("interest comes from the members and managers of other clusters");
		}
		if (!fromPartner(user, o.ownerClusterId())) {
			throw new NotAPartnerException(user.clusterId(), o.ownerClusterId());
		}
		String text = message == null ? "" : message.strip();
		if (text.isEmpty() || text.length() > MESSAGE_MAX) {
			throw new InvalidInputException("message", "write between 1 and " + MESSAGE_MAX + " characters");
		}
		if (repository.hasInterest(opportunityId, user.username())) {
			throw new DuplicateException("opportunity", "you already expressed interest in this opportunity");
		}
		var interest = ExpressionOfInterest.expressed(opportunityId, user.username(), user.clusterId(),
				user.organizationId(), text, revealMyName, clock.instant());
		long id = repository.insertInterest(interest);
		events.publishEvent(AuditEntry.by(user, "interest.expressed", "opportunity", String.valueOf(opportunityId),
				"interest " + id));
		events.publishEvent(new InterestExpressed(id, opportunityId, o.type(), o.titles(), user.clusterId(),
				o.ownerClusterId(), user.username(), user.organizationId(), text));
		return load(id);
	}

	/**
	 * Whether {@code user}'s cluster is a partner of the owner's: only then can the
	 * interest be routed as an entry-portal request.
	 */
	public boolean fromPartner(CurrentUser user, String ownerCluster) {
		return user.clusterId() != null && agreements.partnersOf(ownerCluster).contains(user.clusterId());
	}

	/**
	 * The interests {@code reader} may see: all for the owner's cluster, their own for
	 * everyone else; each named only as far as {@link ExpressionOfInterest#namedFor}
	 * allows.
	 */
	public List<InterestView> of(CurrentUser reader, long opportunityId) {
		Opportunity o = opportunities.load(opportunityId);
		return repository.interests(opportunityId)
			.stream()
			.filter(i -> o.ownerSide(reader) || i.interestedUsername().equals(reader.username())
					|| reader.managesCluster(i.interestedClusterId()))
			.map(i -> InterestView.of(i, reader))
			.toList();
	}

	/**
	 * Interest in the opportunities of the manager's own cluster that its side has not
	 * answered yet, newest first, each as anonymous as {@link InterestView} makes it for
	 * this reader. Empty for everyone but cluster managers, who route their cluster's
	 * interest.
	 */
	public List<InterestView> awaitingAnswer(CurrentUser manager) {
		if (manager.role() != Role.CLUSTER_MANAGER || manager.clusterId() == null) {
			return List.of();
		}
		return repository.unansweredInterestsOf(manager.clusterId())
			.stream()
			.map(i -> InterestView.of(i, manager))
			.toList();
	}

	@Transactional
	public ExpressionOfInterest accept(CurrentUser user, long interestId) {
		return answer(user, interestId, "interest.accepted", ExpressionOfInterest::accept);
	}

	@Transactional
	public ExpressionOfInterest decline(CurrentUser user, long interestId) {
		return answer(user, interestId, "interest.declined", ExpressionOfInterest::decline);
	}

	/** The interested user agrees to be named. */
	@Transactional
	public ExpressionOfInterest consent(CurrentUser user, long interestId) {
		ExpressionOfInterest interest = load(interestId);
		if (!interest.interestedUsername().equals(user.username())) {
			visibleOrNotFound(user, interest);
			throw new ForbiddenException("only the interested user agrees to be named");
		}
		return save(user, interest, interest.consent(), "interest.consented");
	}

	private ExpressionOfInterest answer(CurrentUser user, long interestId, String action,
			UnaryOperator<ExpressionOfInterest> change) {
		ExpressionOfInterest interest = load(interestId);
		Opportunity o = visibleOrNotFound(user, interest);
		if (!o.answerableBy(user)) {
			throw new ForbiddenException("the owning organisation or its cluster's managers answer interest");
		}
		return save(user, interest, change.apply(interest), action);
	}

	private Opportunity visibleOrNotFound(CurrentUser user, ExpressionOfInterest interest) {
		Opportunity o = opportunities.load(interest.opportunityId());
		if (!o.ownerSide(user) && !interest.interestedUsername().equals(user.username())
				&& !user.managesCluster(interest.interestedClusterId())) {
			throw new NotFoundException("interest", String.valueOf(interest.id()));
		}
		return o;
	}

	private ExpressionOfInterest save(CurrentUser user, ExpressionOfInterest before, ExpressionOfInterest after,
			String action) {
		if (!repository.updateInterest(after, clock.instant())) {
			throw new ConcurrentEditException("interest", String.valueOf(before.id()), before.version());
		}
		events.publishEvent(AuditEntry.by(user, action, "opportunity", String.valueOf(before.opportunityId()),
				"interest " + before.id()));
		if (after.revealed() && !before.revealed()) {
			Opportunity o = opportunities.load(before.opportunityId());
			events.publishEvent(
					new InterestRevealed(before.id(), o.id(), before.interestedClusterId(), o.ownerClusterId()));
		}
		return load(before.id());
	}

	private ExpressionOfInterest load(long id) {
		return repository.interest(id).orElseThrow(() -> new NotFoundException("interest", String.valueOf(id)));
	}

}
