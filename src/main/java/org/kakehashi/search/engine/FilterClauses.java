package org.kakehashi.search.engine;

import java.util.Collection;

import org.apache.lucene.document.KeywordField;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Search filters as non-scoring clauses: alternatives within a filter, AND across
 * filters.
 */
final class FilterClauses {

	private FilterClauses() {
	}

	static void add(SearchQuery.SearchFilters f, BooleanQuery.Builder outer) {
		filter(outer, IndexFields.COUNTRY, f.country());
		filter(outer, IndexFields.KIND, f.kind());
		filter(outer, IndexFields.CLUSTER, f.cluster());
		filter(outer, IndexFields.INTEREST, f.interest());
		filter(outer, IndexFields.TOPIC, f.topic());
	}

	private static void filter(BooleanQuery.Builder outer, String field, Collection<String> values) {
		if (!values.isEmpty()) {
			outer.add(KeywordField.newSetQuery(field, values.stream().map(BytesRef::new).toList()), Occur.FILTER);
		}
	}

}
