package org.kakehashi.agreements;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.kakehashi.agreements.AgreementDraft.CommitmentDraft;
import org.kakehashi.shared.LocalizedText;

/**
 * The rules an agreement as entered must keep, in one place for the page form and the
 * API: every problem found at once, each named by field so the form can mark it.
 */
public final class AgreementRules {

	static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");

	private AgreementRules() {
	}

	/**
	 * The problems of {@code draft}; {@code knownParty} says whether an id names a
	 * cluster or organisation.
	 */
	public static List<AgreementProblem> check(AgreementDraft draft, Predicate<String> knownParty) {
		List<AgreementProblem> problems = new ArrayList<>();
		if (draft.id() != null && !draft.id().isBlank() && !ID.matcher(draft.id()).matches()) {
			problems.add(new AgreementProblem("id", "id"));
		}
		if (!isCode(draft.kind(), AgreementKind.values())) {
			problems.add(new AgreementProblem("kind", "kind"));
		}
		if (new LocalizedText(draft.titles()).isEmpty()) {
			problems.add(new AgreementProblem("titles", "title-required"));
		}
		checkParties(draft.parties(), knownParty, problems);
		checkDates(draft, problems);
		for (int i = 0; i < draft.signatories().size(); i++) {
			Signatory s = draft.signatories().get(i);
			if (s.name() == null || s.name().isBlank() || s.capacity() == null) {
				problems.add(new AgreementProblem("signatories", "signatory"));
				break;
			}
		}
		for (int i = 0; i < draft.commitments().size(); i++) {
			checkCommitment("commitments[" + i + "]", draft.commitments().get(i), problems);
		}
		return problems;
	}

	private static void checkParties(List<String> parties, Predicate<String> knownParty,
			List<AgreementProblem> problems) {
		Set<String> seen = new HashSet<>();
		if (parties.stream().anyMatch(p -> p == null || p.isBlank() || !seen.add(p))) {
			problems.add(new AgreementProblem("parties", "parties-duplicate"));
		}
		else if (parties.size() < 2) {
			problems.add(new AgreementProblem("parties", "parties-too-few"));
		}
		else if (!parties.stream().allMatch(knownParty)) {
			problems.add(new AgreementProblem("parties", "parties-unknown"));
		}
	}

	private static void checkDates(AgreementDraft d, List<AgreementProblem> problems) {
		if (d.signedPrecision() != null && !d.signedPrecision().isBlank()
				&& !isName(d.signedPrecision(), DatePrecision.values())) {
			problems.add(new AgreementProblem("signedPrecision", "precision"));
		}
		var start = d.startsOn() != null ? d.startsOn() : d.signedOn();
		if (start != null && d.endsOn() != null && d.endsOn().isBefore(start)) {
			problems.add(new AgreementProblem("endsOn", "ends-before-start"));
		}
	}

	private static void checkCommitment(String field, CommitmentDraft c, List<AgreementProblem> problems) {
		if (!isCode(c.kind(), CommitmentKind.values())) {
			problems.add(new AgreementProblem(field + ".kind", "commitment-kind"));
		}
		if (new LocalizedText(c.text()).isEmpty()) {
			problems.add(new AgreementProblem(field + ".text", "commitment-text"));
		}
		boolean hasPeriod = c.period() != null && !c.period().isBlank();
		if (c.minimum() == null && hasPeriod) {
			problems.add(new AgreementProblem(field + ".minimum", "rule-minimum"));
		}
		if (c.minimum() != null && (c.minimum() < 1 || c.minimum() > CommitmentRule.MAX_MINIMUM)) {
			problems.add(new AgreementProblem(field + ".minimum", "rule-minimum"));
		}
		if (c.minimum() != null && !isCode(c.period(), CommitmentPeriod.values())) {
			problems.add(new AgreementProblem(field + ".period", "rule-period"));
		}
	}

	private static boolean isCode(@Nullable String code, Enum<?>[] values) {
		for (Enum<?> v : values) {
			if (v.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(code)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isName(String name, Enum<?>[] values) {
		for (Enum<?> v : values) {
			if (v.name().equalsIgnoreCase(name.strip())) {
				return true;
			}
		}
		return false;
	}

}
