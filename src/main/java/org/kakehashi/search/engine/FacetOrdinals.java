package org.kakehashi.search.engine;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * The facet values of every document of a segment as plain int arrays, cached per segment
 * core. Reading doc values per matching document was a fifth of a query's time; segments
 * never change once written, so the arrays are built once per segment and dropped with
 * it.
 */
final class FacetOrdinals {

	/**
	 * One facet field of one segment: doc → [start[doc], start[doc + 1]) in {@code ords}.
	 */
	record Field(String[] values, int[] start, int[] ords) {
	}

	private final List<String> fields;

	private final Map<IndexReader.CacheKey, Field[]> cache = new ConcurrentHashMap<>();

	FacetOrdinals(List<String> fields) {
		this.fields = List.copyOf(fields);
	}

	Field[] of(LeafReader reader) throws IOException {
		IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
		if (helper == null) {
			return load(reader);
		}
		Field[] cached = cache.get(helper.getKey());
		if (cached == null) {
			cached = load(reader);
			if (cache.putIfAbsent(helper.getKey(), cached) == null) {
				helper.addClosedListener(cache::remove);
			}
		}
		return cached;
	}

	private Field[] load(LeafReader reader) throws IOException {
		Field[] out = new Field[fields.size()];
		int maxDoc = reader.maxDoc();
		for (int f = 0; f < out.length; f++) {
			SortedSetDocValues dv = DocValues.getSortedSet(reader, fields.get(f));
			String[] values = new String[(int) dv.getValueCount()];
			for (int o = 0; o < values.length; o++) {
				values[o] = dv.lookupOrd(o).utf8ToString();
			}
			int[] start = new int[maxDoc + 1];
			int[] ords = new int[Math.max(16, maxDoc)];
			int n = 0;
			for (int doc = 0; doc < maxDoc; doc++) {
				start[doc] = n;
				if (dv.advanceExact(doc)) {
					for (int i = 0; i < dv.docValueCount(); i++) {
						if (n == ords.length) {
							ords = Arrays.copyOf(ords, ords.length * 2);
						}
						ords[n++] = (int) dv.nextOrd();
					}
				}
			}
			start[maxDoc] = n;
			out[f] = new Field(values, start, ords);
		}
		return out;
	}

}
