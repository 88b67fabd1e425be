package org.kakehashi.search.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.kakehashi.thesaurus.Concept;
import org.kakehashi.thesaurus.Thesaurus;

/**
 * Maps text in German, English or Japanese to thesaurus concept ids by leftmost-longest
 * matching of label unit sequences ({@link TextUnits}). Words that match no label whole are
 * searched for labels inside them, which finds the parts of German compounds such as
 * "Krebsimmuntherapie". Query text may additionally be matched with one or two typos.
 */
public final class ConceptExtractor {

	/** Labels shorter than this are not looked for inside longer words: too many accidental hits. */
	private static final int MIN_COMPOUND_PART = 5;

	private static final int MIN_COMPOUND_WORD = 7;

	private static final int MIN_FUZZY_WORD = 6;

	/** Labels as paths of unit keys; a node with ids ends a label. */
	private static final class Node {

		final Map<String, Node> next = new HashMap<>(4);

		final Set<String> ids = new LinkedHashSet<>(2);

		final Set<String> languages = new LinkedHashSet<>(2);

	}

	private final Node root = new Node();

	private final Map<String, Set<String>> idsByPart = new HashMap<>();

	private int maxPartLength = MIN_COMPOUND_PART;

	/** Long single-word labels by their first {@link #MIN_SHARED_PREFIX} chars, for derived words. */
	private final Map<String, List<String>> partsByPrefix = new HashMap<>();

	/** "Kardiologen" and "Kardiologie", "dermatologists" and "dermatology" share this much at least. */
	private static final int MIN_SHARED_PREFIX = 7;

	public ConceptExtractor(Thesaurus thesaurus) {
		for (Concept concept : thesaurus.concepts()) {
			concept.labels().forEach((lang, labels) -> labels.forEach(label -> addLabel(concept.id(), lang, label)));
		}
	}

	private void addLabel(String id, String lang, String label) {
		List<TextUnits.Unit> units = TextUnits.split(label);
		if (units.isEmpty()) {
			return;
		}
		Node node = root;
		for (TextUnits.Unit unit : units) {
			node = node.next.computeIfAbsent(unit.key(), k -> new Node());
		}
		node.ids.add(id);
		node.languages.add(lang);
		if (units.size() == 1 && !units.get(0).cjk()) {
			// both forms: the stem is a prefix of inflected parts, the folded word keeps "krebs" whole
			for (String part : new LinkedHashSet<>(List.of(units.get(0).key(), units.get(0).folded()))) {
				if (part.length() >= MIN_COMPOUND_PART) {
					if (idsByPart.computeIfAbsent(part, k -> new LinkedHashSet<>()).add(id)
							&& part.length() >= MIN_SHARED_PREFIX + 1) {
						partsByPrefix.computeIfAbsent(part.substring(0, MIN_SHARED_PREFIX), k -> new ArrayList<>())
							.add(part);
					}
					maxPartLength = Math.max(maxPartLength, part.length());
				}
			}
		}
	}

	/** Exact matches only: what indexing uses, where a wrong guess would stick to a profile. */
	public List<ConceptMatch> extract(String text) {
		return extract(text, false);
	}

	/** Like {@link #extract(String)} but also accepts single-word labels with a typo or two. */
	public List<ConceptMatch> extractTolerant(String text) {
		return extract(text, true);
	}

	/** Distinct ids of the concepts the text names outright, in order of first mention. */
	public Set<String> conceptIds(String text) {
		Set<String> ids = new LinkedHashSet<>();
		extract(text).stream().filter(ConceptMatch::exact).forEach(m -> ids.add(m.conceptId()));
		return ids;
	}

	/** The languages whose labels occur in {@code text}; helps to tell German from English queries. */
	public Set<String> labelLanguages(String text) {
		Set<String> langs = new LinkedHashSet<>();
		List<TextUnits.Unit> units = TextUnits.split(text);
		for (int i = 0; i < units.size(); i++) {
			Found longest = longest(units, i);
			if (longest != null) {
				langs.addAll(longest.node().languages);
			}
		}
		return langs;
	}

	/** A label ending {@code length} units after where the search started. */
	private record Found(Node node, int length) {
	}

	/** The longest label starting at unit {@code i}, or null. */
	private @Nullable Found longest(List<TextUnits.Unit> units, int i) {
		return longest(units, i, units.size());
	}

	/** The longest label starting at unit {@code i} and ending before unit {@code limit}, or null. */
	private @Nullable Found longest(List<TextUnits.Unit> units, int i, int limit) {
		Node node = root;
		Found found = null;
		for (int j = i; j < limit; j++) {
			// CJK characters of a label are contiguous; a gap in the text breaks the match
			if (j > i && units.get(j).cjk() && units.get(j - 1).cjk() && units.get(j).start() != units.get(j - 1).end()) {
				break;
			}
			node = node.next.get(units.get(j).key());
			if (node == null) {
				break;
			}
			if (!node.ids.isEmpty()) {
				found = new Found(node, j - i + 1);
			}
		}
		return found;
	}

	private List<ConceptMatch> extract(String text, boolean tolerant) {
		List<TextUnits.Unit> units = TextUnits.split(text);
		List<ConceptMatch> matches = new ArrayList<>();
		int i = 0;
		while (i < units.size()) {
			Found found = longest(units, i);
			if (found != null) {
				int start = units.get(i).start();
				int end = units.get(i + found.length() - 1).end();
				found.node().ids.forEach(id -> matches.add(new ConceptMatch(id, start, end, true)));
				nested(units, i, found, matches);
				i += found.length();
				continue;
			}
			TextUnits.Unit unit = units.get(i);
			if (!unit.cjk()) {
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
			i++;
		}
		return matches;
	}

	/**
	 * Labels inside a longer label, such as "がん" in "がん免疫療法" or "tumour" in "solid tumour":
	 * the longer label's concept may not say everything the words do. Marked inexact so that
	 * queries weigh them less.
	 */
	private void nested(List<TextUnits.Unit> units, int from, Found outer, List<ConceptMatch> matches) {
		int end = from + outer.length();
		int j = from;
		while (j < end) {
			Found inner = longest(units, j, j == from ? end - 1 : end);
			if (inner == null) {
				j++;
				continue;
			}
			int s = units.get(j).start();
			int e = units.get(j + inner.length() - 1).end();
			inner.node().ids.stream()
				.filter(id -> !outer.node().ids.contains(id))
				.forEach(id -> matches.add(new ConceptMatch(id, s, e, false)));
			j += inner.length();
		}
	}

	private void compoundParts(TextUnits.Unit unit, List<ConceptMatch> matches) {
		String word = unit.folded();
		int p = 0;
		while (p <= word.length() - MIN_COMPOUND_PART) {
			int found = 0;
			for (int len = Math.min(maxPartLength, word.length() - p); len >= MIN_COMPOUND_PART; len--) {
				Set<String> ids = idsByPart.get(word.substring(p, p + len));
				if (ids != null) {
					ids.forEach(id -> matches.add(new ConceptMatch(id, unit.start(), unit.end(), true)));
					found = len;
					break;
				}
			}
			p += found > 0 ? found : 1;
		}
	}

	/**
	 * A word derived from a label by a different ending: the two share all of the label but its
	 * last two letters, and the word adds at most four. Catches person nouns and adjectives
	 * ("Kardiologen", "dermatologists", "immunological") that plain stemming misses.
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
