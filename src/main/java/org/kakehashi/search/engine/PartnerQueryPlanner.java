package org.kakehashi.search.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
			float otherLanguageText, float fuzzy, float loanword, boolean useConcepts) {

		static final Weights DEFAULT = new Weights(10f, 4f, 2f, 4f, 2f, 5f, 0.6f, 0.6f, 0.5f, 0.6f, true);

		/** Plain text search, the baseline the evaluation compares with. */
		static final Weights TEXT_ONLY = new Weights(0f, 0f, 0f, 0f, 0f, 0f, 1f, 1f, 0.5f, 0f, false);

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

	/** Loanword keys at least this long also match the start of a katakana compound. */
	private static final int MIN_PREFIX_KEY = 5;

	private final Thesaurus thesaurus;

	private final ConceptExtractor extractor;

	private final LanguageAnalyzers analyzers;

	private final Weights weights;

	private final QueryHints hints = new QueryHints();

	PartnerQueryPlanner(Thesaurus thesaurus, ConceptExtractor extractor, LanguageAnalyzers analyzers, Weights weights) {
		this.thesaurus = thesaurus;
		this.extractor = extractor;
		this.analyzers = analyzers;
		this.weights = weights;
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
			if (weights.useConcepts()) {
				addConcepts(q.text(), reader, any, concepts);
				for (QueryHints.Hint hint : hints.in(q.text())) {
					outer
						.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(hint.field(), hint.value()))),
								weights.hint()), Occur.SHOULD);
				}
			}
			BooleanQuery.Builder rare = new BooleanQuery.Builder();
			BooleanQuery.Builder common = new BooleanQuery.Builder();
			int commonFrequency = Math.max(COMMON_MIN_DOCS, (int) (reader.maxDoc() * COMMON_FRACTION));
			for (String fieldLang : Languages.ALL) {
				String field = IndexFields.text(fieldLang);
				float boost = fieldLang.equals(lang) ? 1f : weights.otherLanguageText();
				boolean fuzzyField = fieldLang.equals(lang)
						|| (lang.equals(Languages.JA) && fieldLang.equals(Languages.EN));
				Map<String, String> fieldTerms = LanguageAnalyzers.termWords(analyzers.forLanguage(fieldLang), field,
						q.text());
				if (!fieldLang.equals(Languages.JA)) {
					// the German and English analyzers cut Japanese into single
					// characters, which
					// match nothing there and would keep generic words like 医療 from
					// counting as
					// the only words of a query
					fieldTerms.keySet().removeIf(PartnerQueryPlanner::hasCjk);
				}
				terms.put(field, fieldTerms.keySet());
				words.put(field, fieldTerms);
				fieldTerms.forEach((t, word) -> {
					Term term = new Term(field, t);
					int df = docFreq(reader, term);
					boolean isCommon = df > commonFrequency || GenericWords.isGeneric(word, t);
					(isCommon ? common : rare).add(new BoostQuery(new TermQuery(term), boost), Occur.SHOULD);
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
			// alone
			keywords.forEach((t, word) -> (GenericWords.isGeneric(word, t) || hasCjk(t) ? common : rare)
				.add(new TermQuery(new Term(IndexFields.KEYWORDS, t)), Occur.SHOULD));
			if (weights.loanword() > 0) {
				addLoanwords(q.text(), reader, commonFrequency, rare, common, words, loose);
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
	private void addLoanwords(String text, IndexReader reader, int commonFrequency, BooleanQuery.Builder rare,
			BooleanQuery.Builder common, Map<String, Map<String, String>> words, Set<String> loose) {
		Map<String, String> toLatin = new LinkedHashMap<>();
		for (Loanwords.Run run : Loanwords.katakanaRuns(text)) {
			String key = Loanwords.kanaKey(run.text());
			if (key != null) {
				toLatin.putIfAbsent(key, run.text());
			}
		}
		Map<String, String> toKana = new LinkedHashMap<>();
		List<TextUnits.Unit> units = TextUnits.split(text);
		for (int i = 0; i < units.size(); i++) {
			TextUnits.Unit unit = units.get(i);
			if (unit.cjk()) {
				continue;
			}
			String word = text.substring(unit.start(), unit.end());
			Loanwords.latinKeys(unit.folded()).forEach(k -> toKana.putIfAbsent(k, word));
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
			if (key.length() >= MIN_PREFIX_KEY && !GenericWords.isGeneric(word, word)) {
				rare.add(new BoostQuery(new ConstantScoreQuery(new PrefixQuery(term)), boost * weights.fuzzy()),
						Occur.SHOULD);
				loose.add(word);
			}
		});
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

	private void addConcepts(String text, IndexReader reader, BooleanQuery.Builder any, Set<String> concepts) {
		Map<String, Float> found = new LinkedHashMap<>();
		extractor.extractTolerant(text).forEach(m -> found.merge(m.conceptId(), m.exact() ? 1f : 0.8f, Math::max));
		found.forEach((id, exactness) -> {
			float certainty = exactness * rarity(reader, id);
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
