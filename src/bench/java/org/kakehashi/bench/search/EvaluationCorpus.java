package org.kakehashi.bench.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kakehashi.search.engine.IndexedOrganization;

/**
 * The hand-written evaluation corpus: about 70 profiles per language, each in one language
 * only, annotated by hand with the concepts that are its core focus and those it merely
 * mentions. Annotations serve the judge only; the engine sees names and descriptions, no topics.
 */
record EvaluationCorpus(List<Profile> profiles, List<Query> queries) {

	record Profile(String id, String lang, IndexedOrganization organization, Set<String> core, Set<String> also) {
	}

	record Query(String id, String lang, String text, List<String> concepts) {
	}

	static EvaluationCorpus load() throws IOException {
		List<Profile> profiles = new ArrayList<>();
		for (String lang : List.of("de", "en", "ja")) {
			for (String line : SearchBenchmark.lines("eval-profiles-" + lang + ".txt")) {
				String[] f = line.split("\\|", -1);
				IndexedOrganization org = new IndexedOrganization(f[0], f[2], f[3], null, null, Map.of(f[1], f[4]),
						Map.of(f[1], f[5]), List.of(), List.of());
				profiles.add(new Profile(f[0], f[1], org, set(f[6]), set(f[7])));
			}
		}
		List<Query> queries = new ArrayList<>();
		for (String line : SearchBenchmark.lines("eval-queries.txt")) {
			String[] f = line.split("\\|", -1);
			queries.add(new Query(f[0], f[1], f[2], List.copyOf(set(f[3]))));
		}
		return new EvaluationCorpus(profiles, queries);
	}

	private static Set<String> set(String csv) {
		return csv.isBlank() ? Set.of()
				: new java.util.LinkedHashSet<>(Arrays.stream(csv.split(",")).map(String::strip).toList());
	}

}
