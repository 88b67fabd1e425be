package org.kakehashi.agreements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.kakehashi.agreements.internal.AgreementRepository;
import org.kakehashi.shared.AuditEntry;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.DuplicateException;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreements facade: read agreements with their status and renewal chain; record new
 * ones. Agreements are visible to every signed-in user (their facts are public, as in the
 * press releases); recording is for the parties' managers.
 */
@Service
public class AgreementService {

	private final AgreementRepository agreements;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AgreementsProperties settings;

	AgreementService(AgreementRepository agreements, ApplicationEventPublisher events, Clock clock,
			AgreementsProperties settings) {
		this.agreements = agreements;
		this.events = events;
		this.clock = clock;
		this.settings = settings;
	}

	/** An agreement with what a reader needs around it. */
	public record AgreementView(Agreement agreement, AgreementStatus status, List<String> renewedBy) {
	}

	public List<AgreementView> all(@Nullable String party) {
		Map<String, List<String>> successors = agreements.successors();
		LocalDate today = LocalDate.now(clock);
		return agreements.findAll()
			.stream()
			.filter(a -> party == null || party.isBlank() || a.hasParty(party))
			.map(a -> {
				List<String> renewedBy = successors.getOrDefault(a.id(), List.of());
				return new AgreementView(a, a.statusOn(today, !renewedBy.isEmpty(), settings.expiringDays()),
						renewedBy);
			})
			.toList();
	}

	public AgreementView agreement(String id) {
		Agreement a = agreements.findById(id).orElseThrow(() -> new NotFoundException("agreement", id));
		List<String> successors = agreements.successorsOf(id);
		return new AgreementView(a, a.statusOn(LocalDate.now(clock), !successors.isEmpty(), settings.expiringDays()),
				successors);
	}

	/**
	 * Whether {@code user} may change {@code agreement}: its parties' managers and
	 * administrators.
	 */
	public static boolean mayEdit(@Nullable CurrentUser user, Agreement agreement) {
		return user != null && (user.isAdmin() || agreement.parties().stream().anyMatch(user::managesCluster));
	}

	/**
	 * All agreements between {@code a} and {@code b} (and possibly others), oldest first.
	 */
	public List<AgreementView> between(String a, String b) {
		return all(a).stream()
			.filter(v -> v.agreement().hasParty(b))
			.sorted(java.util.Comparator.comparing((AgreementView v) -> v.agreement().start(),
					java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
			.toList();
	}

	/** The whole renewal chain an agreement belongs to, oldest first. */
	public List<AgreementView> chain(String id) {
		List<AgreementView> chain = new ArrayList<>();
		AgreementView current = agreement(id);
		Set<String> seen = new HashSet<>();
		while (current.agreement().renewsId() != null && seen.add(current.agreement().id())) {
			current = agreement(current.agreement().renewsId());
		}
		chain.add(current);
		while (!current.renewedBy().isEmpty() && seen.add("→" + current.agreement().id())) {
			current = agreement(current.renewedBy().get(0));
			chain.add(current);
		}
		return Collections.unmodifiableList(chain);
	}

	/**
	 * The partner clusters of {@code cluster}: every other party of an agreement it
	 * signed, whether in force or lapsed. A partnership outlives a lapsed paper (BioM and
	 * Kawasaki kept cooperating between renewals), so sharing and routing follow the
	 * partnership; whether an agreement is in force is shown separately by its status.
	 */
	public Set<String> partnersOf(String cluster) {
		Set<String> partners = new java.util.TreeSet<>();
		agreements.findAll()
			.stream()
			.filter(a -> a.hasParty(cluster) && a.signedOn() != null)
			.forEach(a -> a.parties().stream().filter(p -> !p.equals(cluster)).forEach(partners::add));
		return partners;
	}

	/** Whether the two clusters are partners ({@link #partnersOf}), in one query. */
	public boolean arePartners(String cluster, String other) {
		return !cluster.equals(other) && agreements.signedBetween(cluster, other);
	}

	/** Records an agreement; the recording user must manage one of its parties. */
	@Transactional
	public AgreementView record(CurrentUser user, Agreement agreement) {
		if (!mayEdit(user, agreement)) {
			throw new ForbiddenException("agreements are recorded by the managers of their parties");
		}
		if (agreements.findById(agreement.id()).isPresent()) {
			throw new DuplicateException("id", "agreement '" + agreement.id() + "' already exists");
		}
		if (agreement.renewsId() != null && agreements.findById(agreement.renewsId()).isEmpty()) {
			throw new NotFoundException("agreement", agreement.renewsId());
		}
		agreements.insert(agreement);
		events.publishEvent(AuditEntry.by(user, "agreement.recorded", "agreement", agreement.id(), null));
		return agreement(agreement.id());
	}

}
