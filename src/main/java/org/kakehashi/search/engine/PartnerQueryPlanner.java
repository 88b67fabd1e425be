package org.kakehashi.search.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.kakehashi.thesaurus.Concept;
import org.kakehashi.thesaurus.Thesaurus;

/**
 * Turns what the asker typed into a Lucene query. Concepts found in the query (in any
 * language) are the main signal, as constant scores so that a German description and a
 * Japanese one naming the same concept rank alike; BM25 over the text fields breaks ties
 * and catches words the thesaurus does not know; fuzzy terms catch typos.
 */
final class PartnerQueryPlanner {

	/** Weights, tuned on the judged evaluation set (see docs/decisions/0004). */
	record Weights(float concept, float core, float mentions, float narrower, float broader, float hint, float text,
			float otherLanguageText, float fuzzy, float loanword, boolean useConcepts, boolean broadWeighsLess,
			boolean fragmentsOnlyAdd) {

		static final Weights DEFAULT = new Weights(10f, 4f, 2f, 4f, 2f, 5f, 0.6f, 1f, 0.5f, 0.6f, true, true, true);

		/** Plain text search, the baseline the evaluation compares with. */
		static final Weights TEXT_ONLY = new Weights(0f, 0f, 0f, 0f, 0f, 0f, 1f, 1f, 0.5f, 0f, false, false, false);

		/** These weights without the parts named (the benchmark's ablation). */
		Weights without(Set<RankingPart> parts) {
			return new Weights(concept, core, mentions, narrower, broader, hint, text, otherLanguageText, fuzzy,
					loanword, useConcepts, broadWeighsLess && !parts.contains(RankingPart.BROAD_CONCEPTS_WEIGH_LESS),
					fragmentsOnlyAdd && !parts.contains(RankingPart.LABEL_FRAGMENTS_ONLY_ADD));
		}

	}

	/**
	 * The query plus what highlighting and explanations need to know about it.
	 *
	 * @param wordsByField per field, the query's terms with the words the asker typed for
	 * them, to explain a match that no concept explains
	 * @param looseWords words matched by similarity (typos, loanword prefixes), the
	 * explanation left when no exact term is found
	 */
	record Plan(Query query, String lang, Set<String> concepts, Map<String, Set<String>> termsByField,
			Map<String, Map<String, String>> wordsByField, Set<String> looseWords) {
	}

	/**
	 * A word in more than this share of the directory (and {@link #COMMON_MIN_DOCS}) is
	 * "common".
	 */
	private static final double COMMON_FRACTION = 0.05;

	private static final int COMMON_MIN_DOCS = 500;

	/**
	 * Below this many organisations concept frequencies say little; all concepts weigh
	 * the same.
	 */
	private static final int RARITY_MIN_DOCS = 50;

	/**
	 * Shorter words and compound parts are not looked for in the other Latin-script
	 * language.
	 */
	private static final int MIN_COGNATE = 6;

	/** Loanword keys at least this long also match the start of a katakana compound. */
	private static final int MIN_PREFIX_KEY = 5;

	private final Thesaurus thesaurus;

	private final ConceptExtractor extractor;

	private final LanguageAnalyzers analyzers;

	private final Weights weights;

	private final QueryHints hints = new QueryHints();

	private final BroadConcepts broad;

	PartnerQueryPlanner(Thesaurus thesaurus, ConceptExtractor extractor, LanguageAnalyzers analyzers, Weights weights) {
		this.thesaurus = thesaurus;
		this.extractor = extractor;
		this.analyzers = analyzers;
		this.weights = weights;
		this.broad = new BroadConcepts(thesaurus);
	}

	Plan plan(SearchQuery q, IndexReader reader) {
		String lang = q.lang() != null ? Languages.supportedOrNull(q.lang()) : null;
		if (lang == null) {
			lang = guessLanguage(q.text());
		}
		BooleanQuery.Builder outer = new BooleanQuery.Builder();
		Set<String> concepts = new LinkedHashSet<>();
		Map<String, Set<String>> terms = new LinkedHashMap<>();
		Map<String, Map<String, String>> words = new LinkedHashMap<>();
		Set<String> loose = new LinkedHashSet<>();
		if (q.text().isBlank()) {
			outer.add(new MatchAllDocsQuery(), Occur.MUST);
		}
		else {
			BooleanQuery.Builder any = new BooleanQuery.Builder();
			List<ConceptMatch> known = List.of();
			if (weights.useConcepts()) {
				known = addConcepts(q.text(), reader, any, outer, concepts);
				for (QueryHints.Hint hint : hints.in(q.text())) {
					outer
						.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(hint.field(), hint.value()))),
								weights.hint()), Occur.SHOULD);
				}
			}
			BooleanQuery.Builder rare = new BooleanQuery.Builder();
			BooleanQuery.Builder common = new BooleanQuery.Builder();
			Set<String> fragments = weights.fragmentsOnlyAdd() ? labelFragments(q.text(), known) : Set.of();
			int commonFrequency = Math.max(COMMON_MIN_DOCS, (int) (reader.maxDoc() * COMMON_FRACTION));
			for (String fieldLang : Languages.ALL) {
				String field = IndexFields.text(fieldLang);
				float boost = fieldLang.equals(lang) ? 1f : weights.otherLanguageText();
				boolean fuzzyField = fieldLang.equals(lang)
						|| (lang.equals(Languages.JA) && fieldLang.equals(Languages.EN));
				Map<String, String> fieldTerms = LanguageAnalyzers.termWords(analyzers.forLanguage(fieldLang), field,
						q.text());
				if (!fieldLang.equals(Languages.JA)) {
					// German and English analyzers cut Japanese into single characters:
					// they match nothing there, and would keep 医療 from being the only
					// (generic) word of a query
					fieldTerms.keySet().removeIf(PartnerQueryPlanner::hasCjk);
				}
				terms.put(field, fieldTerms.keySet());
				words.put(field, fieldTerms);
				fieldTerms.forEach((t, word) -> {
					Term term = new Term(field, t);
					int df = docFreq(reader, term);
					boolean isCommon = df > commonFrequency || GenericWords.isGeneric(word, t)
							|| fragments.contains(word.toLowerCase(Locale.ROOT));
					// a word no organisation uses must not turn the common ones into mere
					// boosts ("GmbH" in a large directory, whose free keywords lack it)
					if (df > 0) {
						(isCommon ? common : rare).add(new BoostQuery(new TermQuery(term), boost), Occur.SHOULD);
					}
					if (df == 0 && fuzzyField && isTypoCandidate(t)) {
						int edits = t.length() >= 10 ? 2 : 1; // two-edit automata are
																// costly to build
						rare.add(new BoostQuery(new FuzzyQuery(term, edits, 1, 20, true), boost * weights.fuzzy()),
								Occur.SHOULD);
						loose.add(word);
					}
				});
			}
			Map<String, String> keywords = LanguageAnalyzers.termWords(analyzers.keyword(), IndexFields.KEYWORDS,
					q.text());
			words.put(IndexFields.KEYWORDS, keywords);
			// single Japanese characters (how this analyzer cuts Japanese) say too little
			keywords.forEach((t, word) -> {
				Term term = new Term(IndexFields.KEYWORDS, t);
				if (docFreq(reader, term) > 0) {
					(GenericWords.isGeneric(word, t) || hasCjk(t) ? common : rare).add(new TermQuery(term),
							Occur.SHOULD);
				}
			});
			if (weights.loanword() > 0) {
				Unknown unknown = new Unknown(known);
				addLoanwords(q.text(), unknown, reader, commonFrequency, rare, common, words, loose);
				addCognates(q.text(), unknown, lang, reader, rare, words, loose);
			}
			// very frequent words only add to the score of organisations that match
			// otherwise,
			// unless nothing else is left: keeps "development" from matching half the
			// directory
			BooleanQuery rareQuery = rare.build();
			BooleanQuery commonQuery = common.build();
			if (!rareQuery.clauses().isEmpty()) {
				any.add(new BoostQuery(rareQuery, weights.text()), Occur.SHOULD);
			}
			BooleanQuery anyQuery = any.build();
			if (anyQuery.clauses().isEmpty()) {
				outer.add(new BoostQuery(commonQuery, weights.text()), Occur.MUST);
			}
			else {
				outer.add(anyQuery, Occur.MUST);
				if (!commonQuery.clauses().isEmpty()) {
					outer.add(new BoostQuery(commonQuery, weights.text()), Occur.SHOULD);
				}
			}
		}
		FilterClauses.add(q.filters(), outer);
		return new Plan(outer.build(), lang, concepts, terms, words, loose);
	}

	String guessLanguage(String text) {
		Set<String> labelLangs = extractor.labelLanguages(text);
		if (labelLangs.size() == 1 && !labelLangs.contains(Languages.JA)) {
			return labelLangs.iterator().next();
		}
		return Languages.detect(text);
	}

	/**
	 * Katakana words of the query look for the English and German words they may come
	 * from, Latin words (alone and in adjacent pairs) for katakana words that may come
	 * from them: the fallback that crosses languages where the thesaurus has no concept.
	 * A long key also matches as the start of a katakana compound (マイクロニードルパッチ).
	 */
	private void addLoanwords(String text, Unknown unknown, IndexReader reader, int commonFrequency,
			BooleanQuery.Builder rare, BooleanQuery.Builder common, Map<String, Map<String, String>> words,
			Set<String> loose) {
		Map<String, String> toLatin = new LinkedHashMap<>();
		for (Loanwords.Run run : Loanwords.katakanaRuns(text)) {
			String key = Loanwords.kanaKey(run.text());
			if (key != null) {
				toLatin.putIfAbsent(key, run.text());
			}
		}
		Map<String, String> toKana = new LinkedHashMap<>();
		Set<String> unknownKeys = new LinkedHashSet<>();
		List<TextUnits.Unit> units = TextUnits.split(text);
		for (int i = 0; i < units.size(); i++) {
			TextUnits.Unit unit = units.get(i);
			if (unit.cjk()) {
				continue;
			}
			String word = text.substring(unit.start(), unit.end());
			Loanwords.latinKeys(unit.folded()).forEach(k -> toKana.putIfAbsent(k, word));
			if (!unknown.covers(unit.start(), unit.end())) {
				Loanwords.latinKeys(unit.folded()).forEach(k -> unknownKeys.add(k));
			}
			TextUnits.Unit next = i + 1 < units.size() ? units.get(i + 1) : null;
			if (next != null && !next.cjk()) {
				String pair = text.substring(unit.start(), next.end());
				Loanwords.latinKeys(unit.folded() + next.folded()).forEach(k -> toKana.putIfAbsent(k, pair));
			}
		}
		words.put(IndexFields.LOAN_LATIN, toLatin);
		words.put(IndexFields.LOAN_KANA, toKana);
		float boost = weights.loanword();
		toLatin.forEach((key, word) -> addLoanword(new Term(IndexFields.LOAN_LATIN, key), word, boost, reader,
				commonFrequency, rare, common));
		toKana.forEach((key, word) -> {
			Term term = new Term(IndexFields.LOAN_KANA, key);
			addLoanword(term, word, boost, reader, commonFrequency, rare, common);
			if (key.length() >= MIN_PREFIX_KEY && unknownKeys.contains(key) && !GenericWords.isGeneric(word, word)) {
				rare.add(new BoostQuery(new ConstantScoreQuery(new PrefixQuery(term)), boost * weights.fuzzy()),
						Occur.SHOULD);
				loose.add(word);
			}
		});
	}

	/**
	 * German and English share many words of Latin and Greek origin, spelt a little
	 * differently (Zytometrie, cytometry) or hidden in German compounds
	 * (Präzisionsfermentation, precision fermentation). The asker's long words and, for
	 * German, the parts of its compounds are looked up in the other language's field:
	 * exactly, or with one or two letters changed if they do not occur there as they are.
	 */
	private void addCognates(String text, Unknown unknown, String lang, IndexReader reader, BooleanQuery.Builder rare,
			Map<String, Map<String, String>> words, Set<String> loose) {
		String other = lang.equals(Languages.DE) ? Languages.EN : lang.equals(Languages.EN) ? Languages.DE : null;
		if (other == null) {
			return;
		}
		String field = IndexFields.text(other);
		Map<String, String> known = words.computeIfAbsent(field, k -> new LinkedHashMap<>());
		Map<String, String> cognates = new LinkedHashMap<>();
		Map<String, String> unknownWords = new LinkedHashMap<>();
		for (TextUnits.Unit unit : TextUnits.split(text)) {
			if (!unit.cjk() && !unknown.covers(unit.start(), unit.end())) {
				unknownWords.put(text.substring(unit.start(), unit.end()), unit.folded());
			}
		}
		LanguageAnalyzers.termWords(analyzers.forLanguage(lang), IndexFields.text(lang), text).forEach((t, word) -> {
			if (t.length() >= MIN_COGNATE && !GenericWords.isGeneric(word, t) && !hasCjk(t)) {
				for (String spelling : List.of(t, respell(t, other))) {
					LanguageAnalyzers.terms(analyzers.forLanguage(other), field, spelling)
						.forEach(o -> cognates.putIfAbsent(o, word));
				}
			}
		});
		if (lang.equals(Languages.DE)) {
			compoundHeads(unknownWords, field, reader, cognates);
		}
		float boost = weights.otherLanguageText() * weights.fuzzy();
		cognates.forEach((o, word) -> {
			if (known.containsKey(o) || GenericWords.isGeneric(o, o)) {
				return;
			}
			Term term = new Term(field, o);
			if (docFreq(reader, term) > 0) {
				rare.add(new BoostQuery(new TermQuery(term), boost), Occur.SHOULD);
				known.put(o, word);
			}
			else if (o.length() >= MIN_COGNATE && isTypoCandidate(o) && unknownWords.containsKey(word)) {
				rare.add(new BoostQuery(new FuzzyQuery(term, o.length() >= 8 ? 2 : 1, 1, 10, true), boost),
						Occur.SHOULD);
				loose.add(word);
			}
		});
	}

	/**
	 * The regular spelling differences of Latin and Greek words between German and
	 * English: German k and z where English writes c (Kardiologie, Zytometrie), and back.
	 */
	static String respell(String word, String toLang) {
		if (toLang.equals(Languages.EN)) {
			return word.replace('k', 'c').replace('z', 'c');
		}
		StringBuilder out = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			char next = i + 1 < word.length() ? word.charAt(i + 1) : 0;
			if (c == 'c' && next == 'h') {
				out.append("ch");
				i++;
			}
			else if (c == 'c') {
				out.append(next == 'e' || next == 'i' || next == 'y' ? 'z' : 'k');
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * German compounds end in their head (Präzisions|fermentation): the longest ending of
	 * a long word that the English texts hold as a word of its own, for compounds whose
	 * parts the German analyzer's dictionary does not know.
	 */
	private void compoundHeads(Map<String, String> unknownWords, String field, IndexReader reader,
			Map<String, String> cognates) {
		for (Map.Entry<String, String> unknownWord : unknownWords.entrySet()) {
			String word = unknownWord.getKey();
			String w = unknownWord.getValue();
			if (w.length() < MIN_COGNATE + 3 || GenericWords.isGeneric(w, w)) {
				continue;
			}
			for (int p = 3; p <= w.length() - MIN_COGNATE; p++) {
				String head = LanguageAnalyzers.terms(analyzers.forLanguage(Languages.EN), field, w.substring(p))
					.stream()
					.findFirst()
					.orElse("");
				if (head.length() >= MIN_COGNATE - 1 && docFreq(reader, new Term(field, head)) > 0) {
					cognates.putIfAbsent(head, word);
					break;
				}
			}
		}
	}

	private static void addLoanword(Term term, String word, float boost, IndexReader reader, int commonFrequency,
			BooleanQuery.Builder rare, BooleanQuery.Builder common) {
		int df = docFreq(reader, term);
		if (df == 0) {
			return;
		}
		boolean isCommon = df > commonFrequency || GenericWords.isGeneric(word, word);
		(isCommon ? common : rare).add(new BoostQuery(new TermQuery(term), boost), Occur.SHOULD);
	}

	private List<ConceptMatch> addConcepts(String text, IndexReader reader, BooleanQuery.Builder any,
			BooleanQuery.Builder outer, Set<String> concepts) {
		List<ConceptMatch> matches = extractor.extractTolerant(text);
		Map<String, Float> found = new LinkedHashMap<>();
		Set<String> implied = new LinkedHashSet<>();
		for (ConceptMatch m : matches) {
			if (!m.exact() && insideAnother(m, matches)) {
				implied.add(m.conceptId()); // 医療 in 再生医療, but see below for がん in がん免疫療法
			}
			else {
				found.merge(m.conceptId(), m.exact() ? 1f : 0.8f, Math::max);
			}
		}
		// "spatial transcriptomics on tumour sections", "NASH drug development partner":
		// a
		// broad concept next to a specific one says what kind of help, not what about; it
		// may add to a hit but not make one, else every oncology profile would match
		boolean specific = weights.broadWeighsLess() && found.keySet().stream().anyMatch(id -> !broad.isBroad(id));
		found.forEach((id, exactness) -> {
			float certainty = exactness * rarity(reader, id)
					* (specific && broad.isBroad(id) ? BroadConcepts.WEIGHT : 1f);
			concepts.add(id);
			constant(any, IndexFields.CONCEPT, id, weights.concept() * certainty);
			constant(any, IndexFields.CORE_CONCEPT, id, weights.core() * certainty);
			if (weights.mentions() > 0) {
				any.add(new BoostQuery(new TermQuery(new Term(IndexFields.CONCEPT_MENTIONS, id)),
						weights.mentions() * certainty), Occur.SHOULD);
			}
			constant(any, IndexFields.BROADER_CONCEPT, id, weights.narrower() * certainty);
			for (String parent : thesaurus.concept(id).map(Concept::broader).orElse(List.of())) {
				if (!found.containsKey(parent)) {
					constant(any, IndexFields.CONCEPT, parent, weights.broader() * certainty);
				}
			}
		});
		// a concept named only as part of a longer label may add to a hit, never make one
		implied.stream()
			.filter(id -> !found.containsKey(id))
			.forEach(id -> constant(outer, IndexFields.CONCEPT, id, weights.broader() * rarity(reader, id)));
		return matches;
	}

	/**
	 * The words of multi-word labels the query names ("base" and "editing" of "base
	 * editing", "long" of "long-acting injectables"): the concept stands for them, and a
	 * profile that shares one of them alone ("scientific editing") is no match, so their
	 * text only adds to a hit.
	 */
	private static Set<String> labelFragments(String text, List<ConceptMatch> known) {
		Set<String> fragments = new LinkedHashSet<>();
		for (ConceptMatch m : known) {
			List<TextUnits.Unit> words = TextUnits.split(text.substring(m.start(), m.end()))
				.stream()
				.filter(u -> !u.cjk())
				.toList();
			if (m.exact() && words.size() > 1) {
				words.forEach(u -> fragments
					.add(text.substring(m.start() + u.start(), m.start() + u.end()).toLowerCase(Locale.ROOT)));
			}
		}
		// a word that is a label of its own (PLGA in PLGA-Mikrosphären) says something
		// alone
		for (ConceptMatch m : known) {
			if (!m.exact()) {
				fragments.remove(text.substring(m.start(), m.end()).toLowerCase(Locale.ROOT));
			}
		}
		return fragments;
	}

	/**
	 * The parts of the query no concept covers: only they need the fallbacks that cross
	 * languages without the thesaurus (and only they pay for them).
	 */
	private record Unknown(List<ConceptMatch> known) {

		boolean covers(int start, int end) {
			return known.stream().anyMatch(m -> m.start() <= start && end <= m.end());
		}

	}

	/**
	 * Whether an inexact match lies within an exact one for a concept it is not broader
	 * than: a generic part of a compound. A broader one (がん, oncology, in がん免疫療法) is the
	 * thesaurus' own generalisation of what was asked and may make a hit.
	 */
	private boolean insideAnother(ConceptMatch m, List<ConceptMatch> all) {
		return all.stream()
			.anyMatch(o -> o.exact() && !o.conceptId().equals(m.conceptId()) && o.start() <= m.start()
					&& m.end() <= o.end() && (o.end() - o.start()) > (m.end() - m.start())
					&& !isAncestor(m.conceptId(), o.conceptId()));
	}

	private boolean isAncestor(String ancestor, String id) {
		Set<String> seen = new LinkedHashSet<>();
		List<String> todo = new ArrayList<>(List.of(id));
		while (!todo.isEmpty()) {
			for (String b : thesaurus.concept(todo.remove(todo.size() - 1)).map(Concept::broader).orElse(List.of())) {
				if (b.equals(ancestor)) {
					return true;
				}
				if (seen.add(b)) {
					todo.add(b);
				}
			}
		}
		return false;
	}

	/**
	 * Down-weights concepts that a large share of the directory names (think "research"
	 * or "licensing" in a big thesaurus), like idf does for words, so that the specific
	 * concept of a query decides. 1 for concepts in at most 2% of organisations, never
	 * below 0.2.
	 */
	private static float rarity(IndexReader reader, String conceptId) {
		int n = reader.numDocs();
		int df = docFreq(reader, new Term(IndexFields.CONCEPT, conceptId));
		if (n < RARITY_MIN_DOCS || df == 0) {
			return 1f;
		}
		return (float) Math.max(0.2, Math.min(1.0, Math.log((double) n / df) / Math.log(50)));
	}

	private static void constant(BooleanQuery.Builder b, String field, String value, float boost) {
		if (boost > 0) {
			b.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field, value))), boost), Occur.SHOULD);
		}
	}

	private static boolean hasCjk(String term) {
		return term.codePoints()
			.anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
					|| Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
					|| Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA);
	}

	/**
	 * Long Latin-script words only: short words and Japanese have too many neighbours.
	 */
	private static boolean isTypoCandidate(String term) {
		return term.length() >= 5 && term.chars().allMatch(c -> c < 0x250 && Character.isLetter(c));
	}

	private static int docFreq(IndexReader reader, Term term) {
		try {
			return reader.docFreq(term);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
