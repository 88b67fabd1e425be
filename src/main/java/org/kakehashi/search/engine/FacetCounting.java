package org.kakehashi.search.engine;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts facet values over every match from per-segment ordinal arrays built from the
 * keyword fields' doc values ({@link FacetOrdinals}). Needs no taxonomy index, which
 * suits an index refreshed after every change.
 */
final class FacetCounting implements CollectorManager<FacetCounting.Counter, FacetCounting.Counts> {

	/** Value counts per facet field, and how many documents were counted. */
	record Counts(Map<String, Map<String, Integer>> byField, long total) {
	}

	/** Free-keyword topics can be many; a facet list longer than this helps nobody. */
	static final int MAX_VALUES = 50;

	private final List<String> fields;

	private final FacetOrdinals ordinals;

	FacetCounting(List<String> fields) {
		this.fields = List.copyOf(fields);
		this.ordinals = new FacetOrdinals(fields);
	}

	@Override
	public Counter newCollector() {
		return new Counter();
	}

	@Override
	public Counts reduce(Collection<Counter> counters) {
		Map<String, Map<String, Integer>> all = new LinkedHashMap<>();
		fields.forEach(f -> all.put(f, new HashMap<>()));
		long total = 0;
		for (Counter c : counters) {
			total += c.total;
			c.counts.forEach((f, m) -> m.forEach((v, n) -> all.get(f).merge(v, n, Integer::sum)));
		}
		Map<String, Map<String, Integer>> sorted = new LinkedHashMap<>();
		all.forEach((f, m) -> {
			Map<String, Integer> byCount = new LinkedHashMap<>();
			m.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Integer>comparingByValue()
					.reversed()
					.thenComparing(Map.Entry.comparingByKey()))
				.limit(MAX_VALUES)
				.forEach(e -> byCount.put(e.getKey(), e.getValue()));
			sorted.put(f, byCount);
		});
		return new Counts(sorted, total);
	}

	final class Counter implements Collector {

		private final Map<String, Map<String, Integer>> counts = new HashMap<>();

		private long total;

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE_NO_SCORES;
		}

		@Override
		public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
			FacetOrdinals.Field[] facets = ordinals.of(context.reader());
			int[][] ordCounts = new int[facets.length][];
			for (int f = 0; f < facets.length; f++) {
				ordCounts[f] = new int[facets[f].values().length];
			}
			return new LeafCollector() {
				@Override
				public void setScorer(Scorable scorer) {
				}

				@Override
				public void collect(int doc) {
					total++;
					for (int f = 0; f < facets.length; f++) {
						int[] start = facets[f].start();
						int[] ords = facets[f].ords();
						int[] counts = ordCounts[f];
						for (int i = start[doc], end = start[doc + 1]; i < end; i++) {
							counts[ords[i]]++;
						}
					}
				}

				@Override
				public void finish() {
					for (int f = 0; f < facets.length; f++) {
						Map<String, Integer> m = counts.computeIfAbsent(fields.get(f), k -> new HashMap<>());
						for (int o = 0; o < ordCounts[f].length; o++) {
							if (ordCounts[f][o] > 0) {
								m.merge(facets[f].values()[o], ordCounts[f][o], Integer::sum);
							}
						}
					}
				}
			};
		}

	}

}
