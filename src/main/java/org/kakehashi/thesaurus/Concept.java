package org.kakehashi.thesaurus;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One life-science concept with its labels in each language. The first label of a
 * language is the preferred one; the others are synonyms (abbreviations, spelling
 * variants, katakana and kanji forms, German compounds).
 *
 * @param id stable, lower-case, kebab-case English id, e.g. {@code cell-therapy}
 * @param group the facet the concept belongs to, e.g. {@code modality}
 * @param labels language tag ({@code de}, {@code en}, {@code ja}) to labels, preferred
 * first
 * @param broader ids of broader concepts (may be empty)
 */
public record Concept(String id, String group, Map<String, List<String>> labels, List<String> broader) {

	public Concept {
		Objects.requireNonNull(id, "id");
		if (id.isBlank()) {
			throw new IllegalArgumentException("concept id must not be blank");
		}
		Objects.requireNonNull(group, "group");
		// Hand-written import lines often omit "broader" or a language; treat that as
		// empty
		// rather than failing, and copy the inner lists so that nobody can mutate them
		// later.
		Map<String, List<String>> copy = new LinkedHashMap<>();
		if (labels != null) {
			labels.forEach((lang, ls) -> copy.put(lang, ls == null ? List.of() : List.copyOf(ls)));
		}
		labels = Collections.unmodifiableMap(copy);
		broader = broader == null ? List.of() : List.copyOf(broader);
	}

	/** The preferred label in {@code lang}, falling back to English, then to the id. */
	public String preferredLabel(String lang) {
		for (String l : List.of(lang, "en")) {
			List<String> ls = labels.get(l);
			if (ls != null && !ls.isEmpty()) {
				return ls.get(0);
			}
		}
		return id;
	}

}
