package org.kakehashi.bench.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.kakehashi.search.engine.IndexStorage;
import org.kakehashi.search.engine.IndexedOrganization;
import org.kakehashi.search.engine.PartnerIndex;
import org.kakehashi.search.engine.RankingPart;
import org.kakehashi.search.engine.SearchQuery;
import org.kakehashi.search.engine.SearchResults;
import org.kakehashi.thesaurus.Thesaurus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports the engine on the independent, blind evaluation set in
 * {@code src/bench/resources/search/independent} (see its README): 180 single-language
 * profiles indexed with name, description, kind and country as the import API would carry
 * them (no topics), 60 needs asked with their language, graded 0-3 by a person who had not
 * seen the engine.
 * <p>
 * The set is for reporting, never for tuning, so this prints aggregates only: no need
 * texts, no per-need scores, no result lists. Figures: nDCG@10 of the one mixed-language
 * ranking (all 180 profiles, as the API returns it), nDCG@10 per pair of need language and
 * profile language (the ranking cut to that language's profiles against that language's
 * ideal, as {@link RelevanceEvaluation} does), Recall@10 and MRR for grade ≥ 2, and how far
 * the 15 groups of parallel needs (the same need in de, en, ja) agree on their top 10.
 */
final class IndependentEvaluation {

	static final Path DIR = SearchBenchmark.RESOURCES.resolve("independent");

	/** The second blind set, written to tune on (its README): per-need figures allowed. */
	static final Path TUNING = SearchBenchmark.RESOURCES.resolve("tuning");

	private static final List<String> LANGS = List.of("de", "en", "ja");

	private record Profile(String id, String lang, IndexedOrganization organization) {
	}

	private record Need(String id, String group, String lang, String text) {
	}

	private final Thesaurus thesaurus;

	private final Path dir;

	IndependentEvaluation(Thesaurus thesaurus) {
		this(thesaurus, DIR);
	}

	IndependentEvaluation(Thesaurus thesaurus, Path dir) {
		this.thesaurus = thesaurus;
		this.dir = dir;
	}

	String run() throws Exception {
		List<Profile> profiles = profiles();
		List<Need> needs = needs();
		Map<String, Map<String, Integer>> grades = judgments();
		Run given = evaluate(profiles, needs, grades,
				PartnerIndex.openWithout(IndexStorage.inMemory(), thesaurus, without()), true);
		if (!dir.equals(DIR)) {
			// per-need failures, for the tuning set only: the reporting set stays aggregate
			Files.writeString(Path.of("bench/results/search-" + dir.getFileName() + "-detail.txt"), given.detail);
		}
		// -Dquick=true (BENCH_JAVA_OPTS) skips the two comparison runs while tuning
		boolean quick = Boolean.getBoolean("quick");
		Run guessed = quick ? given
				: evaluate(profiles, needs, grades, PartnerIndex.open(IndexStorage.inMemory(), thesaurus), false);
		Run text = quick ? given
				: evaluate(profiles, needs, grades, PartnerIndex.openTextOnly(IndexStorage.inMemory(), thesaurus), true);
		StringBuilder out = new StringBuilder(dir.equals(DIR) ? "## Independent set (reporting only)\n\n"
				: "## Blind set " + dir.getFileName() + " (for tuning)\n\n");
		out.append(String.format("%d profiles, %d needs, %d graded pairs; vocabulary %d concepts; without %s%n%n",
				profiles.size(), needs.size(), grades.values().stream().mapToInt(Map::size).sum(), thesaurus.size(),
				without()));
		out.append("| nDCG@10 | needs | text only | cross-lingual | cross-lingual, language guessed |\n");
		out.append("|---|---:|---:|---:|---:|\n");
		for (String key : given.ndcg.keySet()) {
			double[] g = given.ndcg.get(key);
			out.append(String.format("| %s | %d | %.3f | %.3f | %.3f |%n", key, (int) g[1], mean(text.ndcg.get(key)),
					mean(g), mean(guessed.ndcg.get(key))));
		}
		out.append(String.format("%nRecall@10 (grade ≥ 2, mixed ranking): %.3f; MRR (grade ≥ 2): %.3f%n",
				mean(given.recall), mean(given.mrr)));
		out.append(String.format(
				"Top-10 agreement of the %d parallel groups (mean over the %d pairs of languages): "
						+ "overlap coefficient |A∩B|/min(|A|,|B|) %.3f, Jaccard |A∩B|/|A∪B| %.3f "
						+ "(language guessed: %.3f, %.3f; text only: %.3f, %.3f)%n",
				needs.stream().map(Need::group).filter(g -> g != null).distinct().count(), (int) given.overlap[1],
				mean(given.overlap), mean(given.jaccard), mean(guessed.overlap), mean(guessed.jaccard),
				mean(text.overlap), mean(text.jaccard)));
		out.append(String.format("Hits shown with an empty reason (top 10, all needs): %d of %d%n",
				given.emptyReasons, given.shown));
		return out.toString();
	}

	/** -Dwithout=PART,PART (BENCH_JAVA_OPTS): the ranking without these {@link RankingPart}s. */
	static Set<RankingPart> without() {
		Set<RankingPart> parts = new HashSet<>();
		for (String part : System.getProperty("without", "").split(",")) {
			if (!part.isBlank()) {
				parts.add(RankingPart.valueOf(part.strip()));
			}
		}
		return parts;
	}

	/** Sums per figure: {sum, count}. */
	private static final class Run {

		final Map<String, double[]> ndcg = new LinkedHashMap<>();

		final double[] recall = new double[2];

		final double[] mrr = new double[2];

		final double[] overlap = new double[2];

		final double[] jaccard = new double[2];

		int emptyReasons;

		int shown;

		final StringBuilder detail = new StringBuilder();

	}

	private Run evaluate(List<Profile> profiles, List<Need> needs, Map<String, Map<String, Integer>> grades,
			PartnerIndex index, boolean tellLanguage) throws Exception {
		Run run = new Run();
		run.ndcg.put("all needs, one mixed-language ranking", new double[2]);
		for (String q : LANGS) {
			run.ndcg.put("needs in " + q + ", mixed ranking", new double[2]);
		}
		for (String q : LANGS) {
			for (String d : LANGS) {
				run.ndcg.put(q + "→" + d, new double[2]);
			}
		}
		run.ndcg.put("all pairs", new double[2]);
		run.ndcg.put("cross-language pairs", new double[2]);
		Map<String, String> langOf = new HashMap<>();
		profiles.forEach(p -> langOf.put(p.id(), p.lang()));
		Map<String, Map<String, Set<String>>> topByGroup = new TreeMap<>();
		try (index) {
			index.upsertAll(profiles.stream().map(Profile::organization).toList());
			for (Need need : needs) {
				Map<String, Integer> g = grades.getOrDefault(need.id(), Map.of());
				SearchResults results = index.search(new SearchQuery(need.text(), tellLanguage ? need.lang() : null,
						100, 0, SearchQuery.SearchFilters.NONE, false));
				List<String> ranking = results.hits().stream().map(SearchResults.Hit::id).toList();
				results.hits().stream().limit(10).forEach(h -> {
					run.shown++;
					if (h.why().isEmpty()) {
						run.emptyReasons++;
					}
				});
				double mixed = RelevanceEvaluation.ndcg(ranking, g, new ArrayList<>(g.values()));
				add(run.ndcg.get("all needs, one mixed-language ranking"), mixed);
				add(run.ndcg.get("needs in " + need.lang() + ", mixed ranking"), mixed);
				for (String d : LANGS) {
					List<String> inLang = ranking.stream().filter(id -> langOf.get(id).equals(d)).toList();
					List<Integer> ideal = g.entrySet()
						.stream()
						.filter(e -> langOf.get(e.getKey()).equals(d))
						.map(Map.Entry::getValue)
						.toList();
					double ndcg = RelevanceEvaluation.ndcg(inLang, g, ideal);
					if (Double.isNaN(ndcg)) {
						continue;
					}
					add(run.ndcg.get(need.lang() + "→" + d), ndcg);
					add(run.ndcg.get("all pairs"), ndcg);
					if (!d.equals(need.lang())) {
						add(run.ndcg.get("cross-language pairs"), ndcg);
					}
				}
				recallAndRank(run, ranking, g);
				if (!dir.equals(DIR)) {
					detail(run.detail, need, results, ranking, g, profiles, mixed);
				}
				if (need.group() != null) {
					topByGroup.computeIfAbsent(need.group(), k -> new TreeMap<>())
						.put(need.lang(), new HashSet<>(ranking.subList(0, Math.min(10, ranking.size()))));
				}
			}
		}
		agreement(run, topByGroup);
		return run;
	}

	private static void detail(StringBuilder out, Need need, SearchResults results, List<String> ranking,
			Map<String, Integer> g, List<Profile> profiles, double mixed) {
		Map<String, Profile> byId = new HashMap<>();
		profiles.forEach(p -> byId.put(p.id(), p));
		out.append(String.format("%n== %s [%s] %.3f  %s  (matches %d)%n", need.id(), need.lang(), mixed, need.text(),
				results.total()));
		for (int i = 0; i < Math.min(10, results.hits().size()); i++) {
			SearchResults.Hit h = results.hits().get(i);
			out.append(String.format("  %2d g%d %6.2f %-10s %s  why=%s%n", i + 1, g.getOrDefault(h.id(), 0), h.score(),
					h.id(), h.name(), h.why().stream().map(SearchResults.MatchedConcept::label).toList()));
		}
		g.entrySet()
			.stream()
			.filter(e -> e.getValue() >= 2 && !ranking.subList(0, Math.min(10, ranking.size())).contains(e.getKey()))
			.sorted(Map.Entry.comparingByKey())
			.forEach(e -> {
				IndexedOrganization o = byId.get(e.getKey()).organization();
				out.append(String.format("  MISS g%d rank %s %s %s | %s%n", e.getValue(),
						ranking.contains(e.getKey()) ? String.valueOf(ranking.indexOf(e.getKey()) + 1) : "-",
						e.getKey(), o.names().values().iterator().next(), o.descriptions().values().iterator().next()));
			});
	}

	private static void recallAndRank(Run run, List<String> ranking, Map<String, Integer> g) {
		long relevant = g.values().stream().filter(v -> v >= 2).count();
		if (relevant == 0) {
			return;
		}
		long found = ranking.stream().limit(10).filter(id -> g.getOrDefault(id, 0) >= 2).count();
		add(run.recall, (double) found / Math.min(10, relevant));
		double rr = 0;
		for (int i = 0; i < ranking.size(); i++) {
			if (g.getOrDefault(ranking.get(i), 0) >= 2) {
				rr = 1.0 / (i + 1);
				break;
			}
		}
		add(run.mrr, rr);
	}

	private static void agreement(Run run, Map<String, Map<String, Set<String>>> topByGroup) {
		for (Map<String, Set<String>> byLang : topByGroup.values()) {
			List<Set<String>> tops = new ArrayList<>(byLang.values());
			for (int i = 0; i < tops.size(); i++) {
				for (int j = i + 1; j < tops.size(); j++) {
					Set<String> a = tops.get(i);
					Set<String> b = tops.get(j);
					Set<String> both = new HashSet<>(a);
					both.retainAll(b);
					Set<String> either = new HashSet<>(a);
					either.addAll(b);
					int smaller = Math.min(a.size(), b.size());
					add(run.overlap, smaller == 0 ? 0 : (double) both.size() / smaller);
					add(run.jaccard, either.isEmpty() ? 0 : (double) both.size() / either.size());
				}
			}
		}
	}

	private static void add(double[] sum, double v) {
		sum[0] += v;
		sum[1]++;
	}

	private static double mean(double[] sum) {
		return sum[1] == 0 ? Double.NaN : sum[0] / sum[1];
	}

	private List<Profile> profiles() throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		List<Profile> profiles = new ArrayList<>();
		for (String line : nonBlank("profiles.jsonl")) {
			JsonNode p = json.readTree(line);
			String lang = p.get("lang").asString();
			IndexedOrganization org = new IndexedOrganization(p.get("id").asString(), p.get("kind").asString(),
					p.get("country").asString(), null, null, Map.of(lang, p.get("name").asString()),
					Map.of(lang, p.get("description").asString()), List.of(), List.of());
			profiles.add(new Profile(org.id(), lang, org));
		}
		return profiles;
	}

	private List<Need> needs() throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		List<Need> needs = new ArrayList<>();
		for (String line : nonBlank("needs.jsonl")) {
			JsonNode n = json.readTree(line);
			JsonNode group = n.get("group");
			needs.add(new Need(n.get("id").asString(), group == null || group.isNull() ? null : group.asString(),
					n.get("lang").asString(), n.get("text").asString()));
		}
		return needs;
	}

	/** Need id to profile id to grade; pairs not listed are grade 0. */
	private Map<String, Map<String, Integer>> judgments() throws IOException {
		Map<String, Map<String, Integer>> grades = new HashMap<>();
		for (String line : nonBlank("judgments.tsv")) {
			String[] f = line.split("\t");
			if (f[0].equals("need_id")) {
				continue;
			}
			grades.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], Integer.parseInt(f[2].strip()));
		}
		return grades;
	}

	private List<String> nonBlank(String file) throws IOException {
		return Files.readAllLines(dir.resolve(file)).stream().filter(l -> !l.isBlank()).toList();
	}

}
