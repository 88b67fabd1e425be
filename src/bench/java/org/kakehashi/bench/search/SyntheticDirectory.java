package org.kakehashi.bench.search;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;

import org.kakehashi.search.engine.IndexedOrganization;
import org.kakehashi.thesaurus.Concept;
import org.kakehashi.thesaurus.Thesaurus;

/**
 * A deterministic (per seed) synthetic directory of German, Japanese and other life-science
 * organisations for load tests. Texts are template-made; the quality evaluation uses the
 * hand-written corpus instead, because templates flatter any ranking.
 */
final class SyntheticDirectory implements Iterator<IndexedOrganization> {

	private static final String[] KINDS = { "company", "company", "company", "company", "company", "company",
			"academia", "academia", "hospital", "investor", "cluster", "authority", "other" };

	private static final String[] COUNTRIES = { "DE", "DE", "DE", "DE", "JP", "JP", "JP", "JP", "AT", "CH", "US",
			"GB", "FR", "NL", "KR", "SG" };

	private static final Map<String, String[]> CLUSTERS = Map.of("DE",
			new String[] { "biom", "bioregio-stern", "biocon-valley", "healthcapital", "life-science-nord", "bionrw",
					"medical-valley" },
			"JP", new String[] { "kobe-biomedical", "lifescience-hub-west", "lifescience-innovation-network",
					"hokkaido-bio", "tsukuba-science", "shonan-ipark" });

	private static final String[] INTERESTS = { "licensing", "co-development", "research-collaboration",
			"contract-services", "distribution", "market-entry", "investment", "other" };

	private static final String[] SIZES = { "micro", "small", "small", "medium", "large" };

	private final SplittableRandom random;

	private final List<Concept> concepts;

	private final Texts texts = new Texts();

	private final int count;

	private int next;

	SyntheticDirectory(long seed, int count, Thesaurus thesaurus) {
		this.random = new SplittableRandom(seed);
		this.concepts = List.copyOf(thesaurus.concepts());
		this.count = count;
	}

	static List<IndexedOrganization> list(long seed, int count, Thesaurus thesaurus) {
		List<IndexedOrganization> all = new ArrayList<>(count);
		new SyntheticDirectory(seed, count, thesaurus).forEachRemaining(all::add);
		return all;
	}

	@Override
	public boolean hasNext() {
		return next < count;
	}

	@Override
	public IndexedOrganization next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		int n = next++;
		String kind = pick(KINDS);
		String country = pick(COUNTRIES);
		String[] clusters = CLUSTERS.get(country);
		String cluster = clusters != null ? pick(clusters) : null;
		List<String> langs = languages(country);
		Set<Concept> focus = new LinkedHashSet<>();
		int k = 1 + random.nextInt(3);
		while (focus.size() < k) {
			focus.add(concepts.get(random.nextInt(concepts.size())));
		}
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, String> descriptions = new LinkedHashMap<>();
		String base = texts.nameStem(random);
		for (String lang : langs) {
			names.put(lang, texts.name(lang, base, kind, random));
			descriptions.put(lang, texts.description(lang, List.copyOf(focus), kind, random));
		}
		List<String> topics = new ArrayList<>();
		if (random.nextInt(2) == 0) {
			focus.forEach(c -> topics.add(c.id()));
		}
		if (random.nextInt(5) == 0) {
			topics.add(pick(Texts.FREE_KEYWORDS));
		}
		Set<String> interests = new LinkedHashSet<>();
		for (int i = 0, m = 1 + random.nextInt(3); i < m; i++) {
			interests.add(pick(INTERESTS));
		}
		return new IndexedOrganization(String.format("org-%06d", n), kind, country, cluster, pick(SIZES), names,
				descriptions, topics, List.copyOf(interests));
	}

	/** Many profiles exist in one language only; some also in English. */
	private List<String> languages(String country) {
		int r = random.nextInt(100);
		return switch (country) {
			case "DE", "AT", "CH" -> r < 55 ? List.of("de") : r < 85 ? List.of("de", "en") : List.of("en");
			case "JP" -> r < 55 ? List.of("ja") : r < 85 ? List.of("ja", "en") : List.of("en");
			default -> List.of("en");
		};
	}

	private String pick(String[] values) {
		return values[random.nextInt(values.length)];
	}

}
