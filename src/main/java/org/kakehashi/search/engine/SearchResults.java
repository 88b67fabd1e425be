package org.kakehashi.search.engine;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A page of partner-search results.
 *
 * @param query the text searched for
 * @param lang the language labels and names are given in (the asker's, or the guessed
 * one)
 * @param total how many organisations match in all
 * @param hits this page, best first
 * @param facets facet field ({@code country}, {@code kind}, {@code cluster},
 * {@code interest}, {@code topic}) to value to count over all matches; empty when not
 * asked for
 */
public record SearchResults(String query, String lang, long total, List<Hit> hits,
		Map<String, Map<String, Integer>> facets) {

	public SearchResults {
		hits = List.copyOf(hits);
		facets = Map.copyOf(facets);
	}

	/**
	 * One matching organisation.
	 *
	 * @param id import id
	 * @param score relevance, only comparable within one result list
	 * @param name display name in the asker's language (fallback English, then any)
	 * @param why the reasons: matched concepts with labels in the asker's language, or,
	 * if no concept explains the hit, the words of the query its texts hold (as typed)
	 * @param highlights description fragments with matches wrapped in {@code <mark>};
	 * HTML-escaped
	 */
	public record Hit(String id, float score, String name, List<MatchedConcept> why, List<String> highlights) {

		public Hit {
			why = List.copyOf(why);
			highlights = List.copyOf(highlights);
		}

	}

	/**
	 * A reason a result matched: a concept, labelled in the asker's language, or a word
	 * of the query found in the organisation's texts ({@code id} null, the word as the
	 * asker typed it, so also in the asker's language).
	 */
	public record MatchedConcept(@Nullable String id, String label) {

		static MatchedConcept word(String word) {
			return new MatchedConcept(null, word);
		}

		/** Whether this reason is a word of the query rather than a concept. */
		public boolean isWord() {
			return id == null;
		}

	}

}
