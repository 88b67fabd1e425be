package org.kakehashi.search.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Single-word Latin-script labels, for words that match no label as a whole: labels
 * inside German compounds ("Krebsimmuntherapie"), words derived from a label
 * ("Kardiologen") and, for queries, labels misspelt by one or two letters.
 */
final class WordLabels {

	/**
	 * Labels shorter than this are not looked for inside longer words: too many
	 * accidental hits.
	 */
	private static final int MIN_COMPOUND_PART = 5;

	private static final int MIN_COMPOUND_WORD = 7;

	private static final int MIN_FUZZY_WORD = 6;

	/**
	 * "Kardiologen" and "Kardiologie", "dermatologists" and "dermatology" share this much
	 * at least.
	 */
	private static final int MIN_SHARED_PREFIX = 7;

	private final Map<String, Set<String>> idsByPart = new HashMap<>();

	/**
	 * Long single-word labels by their first {@link #MIN_SHARED_PREFIX} chars, for
	 * derived words.
	 */
	private final Map<String, List<String>> partsByPrefix = new HashMap<>();

	/** The same parts as a character trie, for finding them inside words. */
	private static final class CharNode {

		final Map<Character, CharNode> next = new HashMap<>(4);

		@Nullable Set<String> ids;

	}

	private final CharNode parts = new CharNode();

	void add(String id, TextUnits.Unit label) {
		// both forms: the stem is a prefix of inflected parts, the folded word keeps
		// "krebs" whole
		for (String part : new LinkedHashSet<>(List.of(label.key(), label.folded()))) {
			if (part.length() >= MIN_COMPOUND_PART) {
				if (idsByPart.computeIfAbsent(part, k -> new LinkedHashSet<>()).add(id)
						&& part.length() >= MIN_SHARED_PREFIX + 1) {
					partsByPrefix.computeIfAbsent(part.substring(0, MIN_SHARED_PREFIX), k -> new ArrayList<>())
						.add(part);
				}
				CharNode node = parts;
				for (char c : part.toCharArray()) {
					node = node.next.computeIfAbsent(c, k -> new CharNode());
				}
				node.ids = idsByPart.get(part);
			}
		}
	}

	/**
	 * Adds the concepts found in or around {@code unit}, trying compounds, derivations,
	 * then typos.
	 */
	void match(TextUnits.Unit unit, boolean tolerant, List<ConceptMatch> matches) {
		int before = matches.size();
		if (unit.folded().length() >= MIN_COMPOUND_WORD) {
			compoundParts(unit, matches);
		}
		if (matches.size() == before) {
			derivedWord(unit, matches);
		}
		if (tolerant && matches.size() == before && unit.key().length() >= MIN_FUZZY_WORD) {
			typoMatch(unit, matches);
		}
	}

	private void compoundParts(TextUnits.Unit unit, List<ConceptMatch> matches) {
		String word = unit.folded();
		int p = 0;
		while (p <= word.length() - MIN_COMPOUND_PART) {
			// walk the character trie: no substrings, this runs for every long word
			// indexed
			CharNode node = parts;
			Set<String> ids = null;
			int found = 0;
			for (int j = p; j < word.length() && node != null; j++) {
				node = node.next.get(word.charAt(j));
				if (node != null && node.ids != null) {
					ids = node.ids;
					found = j - p + 1;
				}
			}
			if (ids != null) {
				ids.forEach(id -> matches.add(new ConceptMatch(id, unit.start(), unit.end(), true)));
			}
			p += found > 0 ? found : 1;
		}
	}

	/**
	 * A word derived from a label by a different ending: the two share all of the label
	 * but its last two letters, and the word adds at most four. Catches person nouns and
	 * adjectives ("Kardiologen", "dermatologists", "immunological") that plain stemming
	 * misses.
	 */
	private void derivedWord(TextUnits.Unit unit, List<ConceptMatch> matches) {
		String word = unit.key();
		if (word.length() < MIN_SHARED_PREFIX) {
			return;
		}
		for (String part : partsByPrefix.getOrDefault(word.substring(0, MIN_SHARED_PREFIX), List.of())) {
			int shared = 0;
			int max = Math.min(word.length(), part.length());
			while (shared < max && word.charAt(shared) == part.charAt(shared)) {
				shared++;
			}
			if (shared >= part.length() - 2 && word.length() - shared <= 4) {
				idsByPart.get(part).forEach(id -> matches.add(new ConceptMatch(id, unit.start(), unit.end(), true)));
				return;
			}
		}
	}

	private void typoMatch(TextUnits.Unit unit, List<ConceptMatch> matches) {
		String word = unit.key();
		int allowed = word.length() >= 10 ? 2 : 1;
		int best = allowed + 1;
		Set<String> bestIds = Set.of();
		for (Map.Entry<String, Set<String>> e : idsByPart.entrySet()) {
			int d = EditDistance.atMost(word, e.getKey(), allowed);
			if (d < best) {
				best = d;
				bestIds = e.getValue();
			}
		}
		bestIds.forEach(id -> matches.add(new ConceptMatch(id, unit.start(), unit.end(), false)));
	}

}
