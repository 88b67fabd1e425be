package org.kakehashi.search.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.kakehashi.thesaurus.Concept;
import org.kakehashi.thesaurus.Thesaurus;

/**
 * Maps text in German, English or Japanese to thesaurus concept ids by leftmost-longest
 * matching of label unit sequences ({@link TextUnits}) in a trie. Latin-script words that
 * start no label are handed to {@link WordLabels}: labels inside German compounds,
 * derived words and (for queries) typos.
 */
public final class ConceptExtractor {

	/** Labels as paths of unit keys; a node with ids ends a label. */
	private static final class Node {

		final Map<String, Node> next = new HashMap<>(4);

		final Set<String> ids = new LinkedHashSet<>(2);

		final Set<String> languages = new LinkedHashSet<>(2);

		/**
		 * Every label ending here is a short abbreviation in capitals (ALS, CAR-T): the
		 * same letters in lower case are often a word (German "als", English "car").
		 */
		boolean capitalsOnly = true;

	}

	/**
	 * "Zell-" then a conjunction or comma, then the word that carries the shared head.
	 */
	private static final Pattern ELLIPSIS = Pattern.compile(
			"(\\p{L}[\\p{L}\\p{N}]*)-(?:\\s*,\\s*|\\s+(?:und|oder|sowie|bzw\\.?|bis|&)\\s+)(\\p{L}[\\p{L}\\p{N}-]*\\p{L})");

	/** The shortest head a completed first word takes from the second (Zell|therapie). */
	private static final int MIN_ELLIPSIS_HEAD = 4;

	/** Katakana labels up to this many kana match only as whole words. */
	private static final int MAX_KANA_PART = 3;

	/** Abbreviations up to this many letters must be written in capitals to match. */
	private static final int MAX_CAPITALS_ONLY = 4;

	private final Node root = new Node();

	private final WordLabels words = new WordLabels();

	/**
	 * Concepts by the loanword keys of their English and German labels
	 * ({@link Loanwords}).
	 */
	private final Map<String, Set<String>> idsByLoanKey = new HashMap<>();

	private final Set<RankingPart> without;

	public ConceptExtractor(Thesaurus thesaurus) {
		this(thesaurus, Set.of());
	}

	/** Without the parts named: for the benchmark's ablation only. */
	ConceptExtractor(Thesaurus thesaurus, Set<RankingPart> without) {
		this.without = Set.copyOf(without);
		for (Concept concept : thesaurus.concepts()) {
			concept.labels().forEach((lang, labels) -> labels.forEach(label -> addLabel(concept.id(), lang, label)));
			for (String lang : List.of(Languages.EN, Languages.DE)) {
				concept.labels().getOrDefault(lang, List.of()).forEach(label -> addLoanKeys(concept.id(), label));
			}
		}
	}

	/**
	 * A label's words run together ("drug delivery" ドラッグデリバリー); abbreviations ("mRNA",
	 * "ADC") are spelt out in katakana, not transcribed, and are left out.
	 */
	private void addLoanKeys(String id, String label) {
		StringBuilder joined = new StringBuilder();
		for (String word : label.split("[^\\p{L}\\p{N}]+")) {
			if (word.chars().filter(Character::isUpperCase).count() >= 2) {
				return;
			}
		}
		for (TextUnits.Unit unit : TextUnits.split(label)) {
			if (unit.cjk()) {
				return;
			}
			joined.append(unit.folded());
		}
		Loanwords.latinKeys(joined.toString())
			.forEach(key -> idsByLoanKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(id));
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
		node.capitalsOnly &= isShortAbbreviation(label);
		if (units.size() == 1 && !units.get(0).cjk()) {
			words.add(id, units.get(0));
		}
	}

	/** "ALS", "CAR-T", "iPS": at most four letters, at least two of them capitals. */
	private static boolean isShortAbbreviation(String label) {
		long letters = label.chars().filter(Character::isLetter).count();
		long capitals = label.chars().filter(Character::isUpperCase).count();
		return letters <= MAX_CAPITALS_ONLY && capitals >= 2 && label.chars().noneMatch(c -> c > 0x2FF);
	}

	/**
	 * Exact matches only: what indexing uses, where a wrong guess would stick to a
	 * profile.
	 */
	public List<ConceptMatch> extract(String text) {
		return extract(text, false);
	}

	/**
	 * Like {@link #extract(String)} but also accepts single-word labels with a typo or
	 * two.
	 */
	public List<ConceptMatch> extractTolerant(String text) {
		return extract(text, true);
	}

	/**
	 * Distinct ids of the concepts the text names outright, in order of first mention.
	 */
	public Set<String> conceptIds(String text) {
		Set<String> ids = new LinkedHashSet<>();
		extract(text).stream().filter(ConceptMatch::exact).forEach(m -> ids.add(m.conceptId()));
		return ids;
	}

	/**
	 * The languages whose labels occur in {@code text}; helps to tell German from English
	 * queries.
	 */
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
		return longest(units, i, units.size(), null);
	}

	/**
	 * The longest label starting at unit {@code i} and ending before unit {@code limit},
	 * or null.
	 */
	private @Nullable Found longest(List<TextUnits.Unit> units, int i, int limit, @Nullable String text) {
		Node node = root;
		Found found = null;
		for (int j = i; j < limit; j++) {
			// CJK characters of a label are contiguous; a gap in the text breaks the
			// match
			if (j > i && units.get(j).cjk() && units.get(j - 1).cjk()
					&& units.get(j).start() != units.get(j - 1).end()) {
				break;
			}
			node = node.next.get(units.get(j).key());
			if (node == null) {
				break;
			}
			if (!node.ids.isEmpty()
					&& (text == null || !node.capitalsOnly
							|| hasCapital(text, units.get(i).start(), units.get(j).end()))
					&& !shortKatakanaInsideWord(units, i, j)) {
				found = new Found(node, j - i + 1);
			}
		}
		return found;
	}

	private List<ConceptMatch> extract(String text, boolean tolerant) {
		List<TextUnits.Unit> units = TextUnits.split(text);
		List<ConceptMatch> matches = new ArrayList<>();
		// someone who types a query in lower case throughout may well mean "als" as ALS
		String cased = without.contains(RankingPart.CASE_SENSITIVE_ABBREVIATIONS)
				|| (tolerant && text.chars().noneMatch(Character::isUpperCase)) ? null : text;
		int i = 0;
		while (i < units.size()) {
			Found found = longest(units, i, units.size(), cased);
			int loanword = loanword(units, i, found == null ? 0 : found.length(), matches);
			if (loanword > 0) {
				i += loanword;
				continue;
			}
			if (found != null) {
				int start = units.get(i).start();
				int end = units.get(i + found.length() - 1).end();
				found.node().ids.forEach(id -> matches.add(new ConceptMatch(id, start, end, true)));
				nested(units, i, found, matches, cased);
				i += found.length();
				continue;
			}
			TextUnits.Unit unit = units.get(i);
			// no "Sucht" (addiction) in "gesucht", no concept in "Entwicklungspartner"
			if (!unit.cjk() && (without.contains(RankingPart.NO_CONCEPTS_IN_GENERIC_WORDS)
					|| !GenericWords.isGeneric(unit.folded(), unit.key()))) {
				words.match(unit, tolerant, matches);
			}
			i++;
		}
		if (!without.contains(RankingPart.HYPHEN_ELLIPSIS) && text.indexOf('-') >= 0) {
			ellipses(text, matches);
		}
		return matches;
	}

	/**
	 * German leaves out the shared part of coordinated compounds: "Zell- und
	 * Gentherapie", "Basen- oder Prime-Editing". The first word is completed with the
	 * second's head (Zelltherapie, Basen-Editing) and, if that is a label, counts where
	 * the first word stands.
	 */
	private void ellipses(String text, List<ConceptMatch> matches) {
		Matcher m = ELLIPSIS.matcher(text);
		while (m.find()) {
			String first = m.group(1);
			String second = m.group(2);
			int hyphen = second.lastIndexOf('-');
			List<String> candidates = new ArrayList<>();
			if (hyphen > 0) {
				candidates.add(first + "-" + second.substring(hyphen + 1));
			}
			else {
				for (int k = 1; k <= second.length() - MIN_ELLIPSIS_HEAD; k++) {
					candidates.add(first + second.substring(k));
				}
			}
			for (String candidate : candidates) {
				List<TextUnits.Unit> units = TextUnits.split(candidate);
				Found found = units.isEmpty() ? null : longest(units, 0);
				if (found != null && found.length() == units.size()) {
					found.node().ids.forEach(id -> matches.add(new ConceptMatch(id, m.start(1), m.end(1) + 1, true)));
					break;
				}
			}
		}
	}

	/**
	 * At the start of a katakana word that no label covers whole, the longest beginning
	 * of it (at least three kana, longer than any label found there) that sounds like an
	 * English or German label: a loanword the thesaurus lacks in katakana. Inexact, so
	 * that indexing counts it as implied and queries weigh it less.
	 * @return how many units the loanword spans, 0 if none
	 */
	private int loanword(List<TextUnits.Unit> units, int i, int labelLength, List<ConceptMatch> matches) {
		if (idsByLoanKey.isEmpty() || !startsKatakanaWord(units, i)) {
			return 0;
		}
		int end = i;
		while (end < units.size() && isKatakana(units.get(end))
				&& (end == i || units.get(end).start() == units.get(end - 1).end())) {
			end++;
		}
		for (int length = end - i; length >= 3 && length > labelLength; length--) {
			StringBuilder kana = new StringBuilder();
			units.subList(i, i + length).forEach(u -> kana.append(u.key()));
			String key = Loanwords.kanaKey(kana.toString());
			Set<String> ids = key == null ? null : idsByLoanKey.get(key);
			if (ids != null) {
				int start = units.get(i).start();
				int stop = units.get(i + length - 1).end();
				ids.forEach(id -> matches.add(new ConceptMatch(id, start, stop, false)));
				return length;
			}
		}
		return 0;
	}

	private static boolean startsKatakanaWord(List<TextUnits.Unit> units, int i) {
		TextUnits.Unit unit = units.get(i);
		if (!isKatakana(unit) || unit.key().charAt(0) == 'ー') {
			return false;
		}
		return i == 0 || !isKatakana(units.get(i - 1)) || units.get(i - 1).end() != unit.start();
	}

	private static boolean isKatakana(TextUnits.Unit unit) {
		return unit.cjk() && Loanwords.isKatakana(unit.key().charAt(0));
	}

	/**
	 * Labels inside a longer label, such as "がん" in "がん免疫療法" or "tumour" in "solid
	 * tumour": the longer label's concept may not say everything the words do. Marked
	 * inexact so that queries weigh them less.
	 */
	/**
	 * A katakana label of up to {@link #MAX_KANA_PART} kana in the middle of a longer
	 * katakana word: サル in コンサルティング, ゲル in エンジェル. Longer labels may be parts of compounds
	 * written without a break (マイクロニードルパッチ).
	 */
	private boolean shortKatakanaInsideWord(List<TextUnits.Unit> units, int i, int j) {
		if (j - i + 1 > MAX_KANA_PART || without.contains(RankingPart.SHORT_KATAKANA_WHOLE_WORDS)) {
			return false;
		}
		for (int k = i; k <= j; k++) {
			if (!isKatakana(units.get(k))) {
				return false;
			}
		}
		boolean before = i > 0 && isKatakana(units.get(i - 1)) && units.get(i - 1).end() == units.get(i).start();
		boolean after = j + 1 < units.size() && isKatakana(units.get(j + 1))
				&& units.get(j).end() == units.get(j + 1).start();
		return before || after;
	}

	private static boolean hasCapital(String text, int start, int end) {
		return text.substring(start, end).chars().anyMatch(Character::isUpperCase);
	}

	private void nested(List<TextUnits.Unit> units, int from, Found outer, List<ConceptMatch> matches,
			@Nullable String text) {
		int end = from + outer.length();
		int j = from;
		while (j < end) {
			Found inner = longest(units, j, j == from ? end - 1 : end, text);
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

}
