package org.kakehashi.agreements;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.kakehashi.agreements.AgreementDraft.CommitmentDraft;
import org.kakehashi.shared.FieldProblem;
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
	 * A problem with {@code code}; pages show message {@code agreement.error.<code>}, the
	 * API its English text, so the two never say different things.
	 */
	public static FieldProblem problem(String field, String code) {
		return new FieldProblem(field, code, englishText(code));
	}

	private static String englishText(String code) {
		try {
			return ResourceBundle
				.getBundle("messages", Locale.ENGLISH,
						ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
				.getString("agreement.error." + code);
		}
		catch (MissingResourceException ex) {
			return code;
		}
	}

	/**
	 * The problems of {@code draft}; {@code knownParty} says whether an id names a
	 * cluster or organisation.
	 */
	public static List<FieldProblem> check(AgreementDraft draft, Predicate<String> knownParty) {
		List<FieldProblem> problems = new ArrayList<>();
		if (draft.id() != null && !draft.id().isBlank() && !ID.matcher(draft.id()).matches()) {
			problems.add(problem("id", "id"));
		}
		if (!isCode(draft.kind(), AgreementKind.values())) {
			problems.add(problem("kind", "kind"));
		}
		if (new LocalizedText(draft.titles()).isEmpty()) {
			problems.add(problem("titles", "title-required"));
		}
		checkParties(draft.parties(), knownParty, problems);
		checkDates(draft, problems);
		for (int i = 0; i < draft.signatories().size(); i++) {
			checkSignatory("signatories[" + i + "]", draft.signatories().get(i), draft.parties(), problems);
		}
		for (int i = 0; i < draft.commitments().size(); i++) {
			checkCommitment("commitments[" + i + "]", draft.commitments().get(i), problems);
		}
		return problems;
	}

	private static void checkParties(List<String> parties, Predicate<String> knownParty, List<FieldProblem> problems) {
		Set<String> seen = new HashSet<>();
		if (parties.stream().anyMatch(p -> p == null || p.isBlank() || !seen.add(p))) {
			problems.add(problem("parties", "parties-duplicate"));
		}
		else if (parties.size() < 2) {
			problems.add(problem("parties", "parties-too-few"));
		}
		else if (!parties.stream().allMatch(knownParty)) {
			problems.add(problem("parties", "parties-unknown"));
		}
	}

	/**
	 * A signatory signs for one of the agreement's parties, or for none (a witness from
	 * outside); name and function must fit their columns.
	 */
	private static void checkSignatory(String field, @Nullable Signatory s, List<String> parties,
			List<FieldProblem> problems) {
		if (s == null || s.name() == null || s.name().isBlank()) {
			problems.add(problem(field + ".name", "signatory"));
			return;
		}
		if (s.name().length() > 200) {
			problems.add(problem(field + ".name", "signatory-too-long"));
		}
		if (s.function() != null && s.function().length() > 300) {
			problems.add(problem(field + ".function", "signatory-too-long"));
		}
		if (s.partyId() != null && !s.partyId().isBlank() && !parties.contains(s.partyId())) {
			problems.add(problem(field + ".partyId", "signatory-party"));
		}
		if (s.capacity() == null) {
			problems.add(problem(field + ".capacity", "signatory-capacity"));
		}
	}

	private static void checkDates(AgreementDraft d, List<FieldProblem> problems) {
		if (d.signedPrecision() != null && !d.signedPrecision().isBlank()
				&& !isName(d.signedPrecision(), DatePrecision.values())) {
			problems.add(problem("signedPrecision", "precision"));
		}
		var start = d.startsOn() != null ? d.startsOn() : d.signedOn();
		if (start != null && d.endsOn() != null && d.endsOn().isBefore(start)) {
			problems.add(problem("endsOn", "ends-before-start"));
		}
	}

	private static void checkCommitment(String field, CommitmentDraft c, List<FieldProblem> problems) {
		if (!isCode(c.kind(), CommitmentKind.values())) {
			problems.add(problem(field + ".kind", "commitment-kind"));
		}
		if (new LocalizedText(c.text()).isEmpty()) {
			problems.add(problem(field + ".text", "commitment-text"));
		}
		boolean hasPeriod = c.period() != null && !c.period().isBlank();
		if (c.minimum() == null && hasPeriod) {
			problems.add(problem(field + ".minimum", "rule-minimum"));
		}
		if (c.minimum() != null && (c.minimum() < 1 || c.minimum() > CommitmentRule.MAX_MINIMUM)) {
			problems.add(problem(field + ".minimum", "rule-minimum"));
		}
		if (c.minimum() != null && !isCode(c.period(), CommitmentPeriod.values())) {
			problems.add(problem(field + ".period", "rule-period"));
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
