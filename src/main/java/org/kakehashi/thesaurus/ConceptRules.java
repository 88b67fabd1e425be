package org.kakehashi.thesaurus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.kakehashi.shared.FieldProblem;

/**
 * What an addition must satisfy: kebab-case ids and groups, labels only in the three
 * languages of the vocabulary, and broader links to concepts that exist, so the merged
 * thesaurus stays usable by search.
 */
public final class ConceptRules {

	static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	static final Set<String> LANGUAGES = Set.of("de", "en", "ja");

	static final int MAX_LABEL = 200;

	private ConceptRules() {
	}

	/**
	 * Problems of {@code c} as an addition to {@code base}; empty when it may be added.
	 */
	public static List<FieldProblem> check(Concept c, Thesaurus base) {
		List<FieldProblem> problems = new ArrayList<>();
		if (c.id().length() > 100 || !ID.matcher(c.id()).matches()) {
			problems.add(new FieldProblem("id", "must be lower-case words joined by '-', e.g. cell-therapy"));
		}
		boolean known = base.concept(c.id()).isPresent();
		if (!known && (c.group().length() > 64 || !ID.matcher(c.group()).matches())) {
			problems.add(new FieldProblem("group", "must be lower-case words joined by '-', e.g. modality"));
		}
		c.labels().forEach((lang, labels) -> {
			if (!LANGUAGES.contains(lang)) {
				problems.add(new FieldProblem("labels", "'" + lang + "' is not one of de, en, ja"));
			}
			else if (labels.stream()
				.anyMatch(l -> l == null || Thesaurus.normalize(l).isEmpty() || l.length() > MAX_LABEL)) {
				problems.add(new FieldProblem("labels." + lang, "each label must be 1–200 characters"));
			}
		});
		if (!known && c.labels().values().stream().allMatch(List::isEmpty)) {
			problems.add(new FieldProblem("labels", "a new concept needs a label in at least one language"));
		}
		for (String b : c.broader()) {
			if (b.equals(c.id()) || base.concept(b).isEmpty()) {
				problems.add(new FieldProblem("broader", "unknown broader concept '" + b + "'"));
			}
		}
		return problems;
	}

}
