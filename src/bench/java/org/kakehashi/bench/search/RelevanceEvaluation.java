package org.kakehashi.bench.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kakehashi.search.engine.IndexStorage;
import org.kakehashi.search.engine.PartnerIndex;
import org.kakehashi.search.engine.SearchQuery;
import org.kakehashi.search.engine.SearchResults;
import org.kakehashi.thesaurus.Concept;
import org.kakehashi.thesaurus.Thesaurus;

/**
 * nDCG@10 of plain text search against cross-lingual search, per pair of query language and
 * document language: each query's ranking is cut down to the documents in one language and
 * compared with the ideal ranking of that language's documents.
 */
final class RelevanceEvaluation {

	private static final List<String> LANGS = List.of("de", "en", "ja");

	private final Thesaurus thesaurus;

	RelevanceEvaluation(Thesaurus thesaurus) {
		this.thesaurus = thesaurus;
	}

	String run() throws Exception {
		EvaluationCorpus corpus = EvaluationCorpus.load();
		Map<String, double[]> text = evaluate(corpus, PartnerIndex.openTextOnly(IndexStorage.inMemory(), thesaurus),
				null);
		Map<String, double[]> full = evaluate(corpus,
				PartnerIndex.openWithout(IndexStorage.inMemory(), thesaurus, IndependentEvaluation.without()),
				Boolean.TRUE);
		Map<String, double[]> guessed = evaluate(corpus, PartnerIndex.open(IndexStorage.inMemory(), thesaurus),
				Boolean.FALSE);
		StringBuilder out = new StringBuilder("## Relevance (nDCG@10)\n\n");
		out.append(String.format("%d hand-written profiles (one language each), %d queries, grades 0-3%n%n",
				corpus.profiles().size(), corpus.queries().size()));
		out.append("| query → documents | queries | text only | cross-lingual | cross-lingual, language guessed |\n");
		out.append("|---|---|---|---|---|\n");
		for (String pair : text.keySet()) {
			double[] t = text.get(pair);
			double[] f = full.get(pair);
			double[] g = guessed.get(pair);
			out.append(String.format("| %s | %d | %.3f | %.3f | %.3f |%n", pair, (int) t[1], t[0] / t[1], f[0] / f[1],
					g[0] / g[1]));
		}
		return out.toString();
	}

	/** Pair ("de→ja", or "overall", "cross-language", "mixed ranking") to {sum of nDCG, count}. */
	/** @param tellLanguage whether queries say their language; null for the baseline, which always does */
	private Map<String, double[]> evaluate(EvaluationCorpus corpus, PartnerIndex index, Boolean tellLanguage)
			throws Exception {
		boolean verbose = Boolean.getBoolean("eval.verbose") && Boolean.TRUE.equals(tellLanguage);
		Map<String, double[]> sums = new LinkedHashMap<>();
		for (String q : LANGS) {
			for (String d : LANGS) {
				sums.put(q + "→" + d, new double[2]);
			}
		}
		sums.put("all pairs", new double[2]);
		sums.put("cross-language pairs", new double[2]);
		sums.put("mixed-language ranking", new double[2]);
		Map<String, String> langOf = new HashMap<>();
		try (index) {
			index.upsertAll(corpus.profiles().stream().map(EvaluationCorpus.Profile::organization).toList());
			corpus.profiles().forEach(p -> langOf.put(p.id(), p.lang()));
			for (EvaluationCorpus.Query query : corpus.queries()) {
				Map<String, Integer> grades = new HashMap<>();
				corpus.profiles().forEach(p -> grades.put(p.id(), grade(query.concepts(), p)));
				SearchResults results = index.search(new SearchQuery(query.text(), !Boolean.FALSE.equals(tellLanguage) ? query.lang() : null, 100, 0,
						SearchQuery.SearchFilters.NONE, false));
				List<String> ranking = results.hits().stream().map(SearchResults.Hit::id).toList();
				for (String d : LANGS) {
					List<String> inLang = ranking.stream().filter(id -> langOf.get(id).equals(d)).toList();
					List<Integer> ideal = corpus.profiles().stream().filter(p -> p.lang().equals(d))
						.map(p -> grades.get(p.id())).toList();
					double ndcg = ndcg(inLang, grades, ideal);
					if (Double.isNaN(ndcg)) {
						continue;
					}
					add(sums, query.lang() + "→" + d, ndcg);
					add(sums, "all pairs", ndcg);
					if (!d.equals(query.lang())) {
						add(sums, "cross-language pairs", ndcg);
					}
					if (verbose && ndcg < 0.7) {
						System.out.printf("%s %s→%s %.2f %s top: %s%n", query.id(), query.lang(), d, ndcg, query.text(),
								inLang.stream().limit(5).map(id -> id + "(" + grades.get(id) + ")").toList());
					}
				}
				add(sums, "mixed-language ranking", ndcg(ranking, grades, new ArrayList<>(grades.values())));
			}
		}
		return sums;
	}

	private static void add(Map<String, double[]> sums, String key, double v) {
		sums.get(key)[0] += v;
		sums.get(key)[1]++;
	}

	static double ndcg(List<String> ranking, Map<String, Integer> grades, List<Integer> allGrades) {
		List<Integer> ideal = new ArrayList<>(allGrades);
		ideal.sort(Comparator.reverseOrder());
		double idcg = 0;
		double dcg = 0;
		for (int i = 0; i < 10; i++) {
			if (i < ideal.size()) {
				idcg += gain(ideal.get(i), i);
			}
			if (i < ranking.size()) {
				dcg += gain(grades.getOrDefault(ranking.get(i), 0), i);
			}
		}
		return idcg == 0 ? Double.NaN : dcg / idcg;
	}

	private static double gain(int grade, int rank) {
		return (Math.pow(2, grade) - 1) / (Math.log(rank + 2) / Math.log(2));
	}

	/**
	 * The judge's rule: each intended concept counts fully if it is the profile's core focus (or
	 * a narrower concept is), half if merely mentioned, 0.3 if only a broader concept is its
	 * focus; the average maps to grades 3 (≥ 0.95), 2 (≥ 0.6), 1 (≥ 0.25) and 0.
	 */
	int grade(List<String> concepts, EvaluationCorpus.Profile p) {
		double sum = 0;
		for (String c : concepts) {
			double g = 0;
			if (p.core().contains(c) || p.core().stream().anyMatch(d -> isBroader(c, d))) {
				g = 1;
			}
			else if (p.also().contains(c) || p.also().stream().anyMatch(d -> isBroader(c, d))) {
				g = 0.5;
			}
			else if (p.core().stream().anyMatch(d -> isBroader(d, c))) {
				g = 0.3;
			}
			sum += g;
		}
		double avg = sum / concepts.size();
		return avg >= 0.95 ? 3 : avg >= 0.6 ? 2 : avg >= 0.25 ? 1 : 0;
	}

	/** Whether {@code ancestor} is broader than {@code id}, transitively. */
	private boolean isBroader(String ancestor, String id) {
		Set<String> seen = new java.util.HashSet<>();
		List<String> todo = new ArrayList<>(List.of(id));
		while (!todo.isEmpty()) {
			String next = todo.remove(todo.size() - 1);
			for (String b : thesaurus.concept(next).map(Concept::broader).orElse(List.of())) {
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

}
