package org.kakehashi.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.LocalizedText;
import org.kakehashi.shared.WrongStateException;

/**
 * A cooperation agreement. A renewal is an agreement of its own that {@code renews} its
 * predecessor, so the history reads as one chain (BioM–Kawasaki: 2017 → 2020).
 *
 * @param parties ids of the clusters or organisations that are parties, two or more
 * @param fullTexts the agreement's full wording per language (may be empty)
 * @param endsOn last day in force, or null for open-ended agreements
 */
public record Agreement(String id, AgreementKind kind, LocalizedText titles, LocalizedText summaries,
		LocalizedText fullTexts, @Nullable LocalDate signedOn, DatePrecision signedPrecision,
		@Nullable String signedPlace, @Nullable String occasion, @Nullable LocalDate startsOn,
		@Nullable LocalDate endsOn, @Nullable String renewsId, @Nullable String programme, List<String> parties,
		List<Signatory> signatories, List<Commitment> commitments, long version) {

	/**
	 * Default days before the end from which an agreement counts as expiring (see
	 * AgreementsProperties).
	 */
	public static final int EXPIRING_DAYS = 90;

	public Agreement {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(fullTexts, "fullTexts");
		if (parties.size() < 2) {
			throw new IllegalArgumentException("an agreement has two or more parties");
		}
		if (parties.stream().distinct().count() != parties.size()) {
			throw new IllegalArgumentException("each party is named once");
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

	/** Without full texts, as the first version of the model had it. */
	public Agreement(String id, AgreementKind kind, LocalizedText titles, LocalizedText summaries,
			@Nullable LocalDate signedOn, DatePrecision signedPrecision, @Nullable String signedPlace,
			@Nullable String occasion, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
			@Nullable String renewsId, @Nullable String programme, List<String> parties, List<Signatory> signatories,
			List<Commitment> commitments, long version) {
		this(id, kind, titles, summaries, LocalizedText.empty(), signedOn, signedPrecision, signedPlace, occasion,
				startsOn, endsOn, renewsId, programme, parties, signatories, commitments, version);
	}

	/** The lifecycle state on {@code today} with the default expiring window. */
	public AgreementStatus statusOn(LocalDate today, boolean hasSuccessor) {
		return statusOn(today, hasSuccessor, EXPIRING_DAYS);
	}

	/**
	 * The lifecycle state on {@code today}: draft → signed → active → expiring (the last
	 * {@code expiringDays} days) → expired, or renewed once a successor exists.
	 */
	public AgreementStatus statusOn(LocalDate today, boolean hasSuccessor, int expiringDays) {
		if (signedOn == null) {
			return AgreementStatus.DRAFT;
		}
		if (hasSuccessor) {
			return AgreementStatus.RENEWED;
		}
		if (today.isBefore(start())) {
			return AgreementStatus.SIGNED;
		}
		if (endsOn == null) {
			return AgreementStatus.ACTIVE;
		}
		if (today.isAfter(endsOn)) {
			return AgreementStatus.EXPIRED;
		}
		return today.isAfter(endsOn.minusDays(expiringDays)) ? AgreementStatus.EXPIRING : AgreementStatus.ACTIVE;
	}

	/**
	 * First day in force: the start, else the signing day; null for drafts without a
	 * start.
	 */
	public @Nullable LocalDate start() {
		return startsOn != null ? startsOn : signedOn;
	}

	public boolean isSigned() {
		return signedOn != null;
	}

	public boolean hasParty(@Nullable String partyId) {
		return partyId != null && parties.contains(partyId);
	}

	/**
	 * This agreement signed on {@code on}; signing an already signed agreement is
	 * refused.
	 */
	public Agreement sign(LocalDate on, DatePrecision precision, @Nullable String place, @Nullable String occasion) {
		if (isSigned()) {
			throw new WrongStateException("signed", "agreement '" + id + "' is already signed");
		}
		return new Agreement(id, kind, titles, summaries, fullTexts, on, precision, place, occasion,
				startsOn != null ? startsOn : on, endsOn, renewsId, programme, parties, signatories, commitments,
				version);
	}

	/**
	 * A draft successor with id {@code newId}: same kind, parties, texts and commitments,
	 * starting the day after this one ends and running as long as this one did.
	 * Signatories and signing facts are left for the renewal itself.
	 */
	public Agreement renewal(String newId) {
		if (!isSigned()) {
			throw new WrongStateException("draft", "only a signed agreement can be renewed");
		}
		LocalDate newStart = endsOn != null ? endsOn.plusDays(1) : null;
		LocalDate newEnd = null;
		LocalDate start = start();
		if (newStart != null && start != null && endsOn != null) {
			// A term of "three years" (2020-02-11 to 2023-02-10) renews as three years,
			// leap days or not.
			newEnd = newStart.plus(java.time.Period.between(start, endsOn.plusDays(1))).minusDays(1);
		}
		return new Agreement(newId, kind, titles, summaries, fullTexts, null, DatePrecision.DAY, null, null, newStart,
				newEnd, id, programme, parties, List.of(), commitments, 0);
	}

}
