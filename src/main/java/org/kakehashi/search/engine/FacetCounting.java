package org.kakehashi.search.engine;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts facet values over every match, straight from the keyword fields' doc values. Cheaper
 * than a taxonomy and needs no per-reader state, which suits an index refreshed after every
 * change.
 */
final class FacetCounting implements CollectorManager<FacetCounting.Counter, Map<String, Map<String, Integer>>> {

	private final List<String> fields;

	FacetCounting(List<String> fields) {
		this.fields = List.copyOf(fields);
	}

	@Override
	public Counter newCollector() {
		return new Counter();
	}

	@Override
	public Map<String, Map<String, Integer>> reduce(Collection<Counter> counters) {
		Map<String, Map<String, Integer>> all = new LinkedHashMap<>();
		fields.forEach(f -> all.put(f, new HashMap<>()));
		for (Counter c : counters) {
			c.counts.forEach((f, m) -> m.forEach((v, n) -> all.get(f).merge(v, n, Integer::sum)));
		}
		Map<String, Map<String, Integer>> sorted = new LinkedHashMap<>();
		all.forEach((f, m) -> {
			Map<String, Integer> byCount = new LinkedHashMap<>();
			m.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
				.forEach(e -> byCount.put(e.getKey(), e.getValue()));
			sorted.put(f, byCount);
		});
		return sorted;
	}

	final class Counter implements Collector {

		private final Map<String, Map<String, Integer>> counts = new HashMap<>();

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE_NO_SCORES;
		}

		@Override
		public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
			SortedSetDocValues[] values = new SortedSetDocValues[fields.size()];
			int[][] ordCounts = new int[fields.size()][];
			for (int f = 0; f < values.length; f++) {
				values[f] = DocValues.getSortedSet(context.reader(), fields.get(f));
				ordCounts[f] = new int[(int) values[f].getValueCount()];
			}
			return new LeafCollector() {
				@Override
				public void setScorer(Scorable scorer) {
				}

				@Override
				public void collect(int doc) throws IOException {
					for (int f = 0; f < values.length; f++) {
						if (values[f].advanceExact(doc)) {
							for (int i = 0; i < values[f].docValueCount(); i++) {
								ordCounts[f][(int) values[f].nextOrd()]++;
							}
						}
					}
				}

				@Override
				public void finish() throws IOException {
					for (int f = 0; f < values.length; f++) {
						Map<String, Integer> m = counts.computeIfAbsent(fields.get(f), k -> new HashMap<>());
						for (int o = 0; o < ordCounts[f].length; o++) {
							if (ordCounts[f][o] > 0) {
								m.merge(values[f].lookupOrd(o).utf8ToString(), ordCounts[f][o], Integer::sum);
							}
						}
					}
				}
			};
		}

	}

}
