package org.kakehashi.search.engine;

import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One partner search.
 *
 * @param text what the asker typed, in any language; blank lists everything that passes
 * the filters
 * @param lang the asker's language ({@code de}, {@code en}, {@code ja}); null to guess
 * from the text
 * @param limit page size, 1..100
 * @param offset results to skip
 * @param filters restrictions; values within a filter are alternatives, filters combine
 * with AND
 * @param facets whether to count facet values over the whole result set
 */
public record SearchQuery(String text, @Nullable String lang, int limit, int offset, SearchFilters filters,
		boolean facets) {

	public SearchQuery {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(filters, "filters");
		if (limit < 1 || limit > 100) {
			throw new IllegalArgumentException("limit must be 1..100, was " + limit);
		}
		if (offset < 0) {
			throw new IllegalArgumentException("offset must not be negative");
		}
	}

	/** The first {@code limit} results for {@code text}, unfiltered, with facets. */
	public static SearchQuery of(String text, @Nullable String lang, int limit) {
		return new SearchQuery(text, lang, limit, 0, SearchFilters.NONE, true);
	}

	public SearchQuery withFilters(SearchFilters f) {
		return new SearchQuery(text, lang, limit, offset, f, facets);
	}

	public SearchQuery withoutFacets() {
		return new SearchQuery(text, lang, limit, offset, filters, false);
	}

	/**
	 * @param country ISO country codes
	 * @param kind organisation kinds
	 * @param cluster cluster keys
	 * @param interest cooperation interests
	 * @param topic concept ids or free keywords as given in the profiles' topics
	 */
	public record SearchFilters(Set<String> country, Set<String> kind, Set<String> cluster, Set<String> interest,
			Set<String> topic) {

		public static final SearchFilters NONE = new SearchFilters(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

		public SearchFilters {
			country = Set.copyOf(country);
			kind = Set.copyOf(kind);
			cluster = Set.copyOf(cluster);
			interest = Set.copyOf(interest);
			topic = Set.copyOf(topic);
		}

		public SearchFilters withCountry(String... v) {
			return new SearchFilters(Set.of(v), kind, cluster, interest, topic);
		}

		public SearchFilters withKind(String... v) {
			return new SearchFilters(country, Set.of(v), cluster, interest, topic);
		}

		public SearchFilters withCluster(String... v) {
			return new SearchFilters(country, kind, Set.of(v), interest, topic);
		}

		public SearchFilters withInterest(String... v) {
			return new SearchFilters(country, kind, cluster, Set.of(v), topic);
		}

		public SearchFilters withTopic(String... v) {
			return new SearchFilters(country, kind, cluster, interest, Set.of(v));
		}

	}

}
