package org.kakehashi.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.LocalizedText;

/**
 * A cooperation agreement. A renewal is an agreement of its own that {@code renews} its
 * predecessor, so the history reads as one chain (BioM–Kawasaki: 2017 → 2020).
 *
 * @param parties ids of the clusters or organisations that are parties, two or more
 * @param endsOn last day in force, or null for open-ended agreements
 */
public record Agreement(String id, AgreementKind kind, LocalizedText titles, LocalizedText summaries,
		@Nullable LocalDate signedOn, DatePrecision signedPrecision, @Nullable String signedPlace,
		@Nullable String occasion, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable String renewsId,
		@Nullable String programme, List<String> parties, List<Signatory> signatories, List<Commitment> commitments,
		long version) {

	/** Days before the end from which an agreement counts as expiring (configurable later per cluster). */
	public static final int EXPIRING_DAYS = 90;

	public Agreement {
		Objects.requireNonNull(id, "id");
		if (parties.size() < 2) {
			throw new IllegalArgumentException("an agreement has two or more parties");
		}
		if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
			throw new IllegalArgumentException("an agreement cannot end before it starts");
		}
		if (id.equals(renewsId)) {
			throw new IllegalArgumentException("an agreement cannot renew itself");
		}
		parties = List.copyOf(parties);
		signatories = List.copyOf(signatories);
		commitments = List.copyOf(commitments);
	}

	/** The lifecycle state on {@code today}; {@code renewed} when a successor exists. */
	public AgreementStatus statusOn(LocalDate today, boolean hasSuccessor) {
		if (signedOn == null) {
			return AgreementStatus.DRAFT;
		}
		if (hasSuccessor) {
			return AgreementStatus.RENEWED;
		}
		LocalDate start = startsOn != null ? startsOn : signedOn;
		if (today.isBefore(start)) {
			return AgreementStatus.SIGNED;
		}
		if (endsOn == null) {
			return AgreementStatus.ACTIVE;
		}
		if (today.isAfter(endsOn)) {
			return AgreementStatus.EXPIRED;
		}
		return today.isAfter(endsOn.minusDays(EXPIRING_DAYS)) ? AgreementStatus.EXPIRING : AgreementStatus.ACTIVE;
	}

	public boolean hasParty(@Nullable String partyId) {
		return partyId != null && parties.contains(partyId);
	}

}
