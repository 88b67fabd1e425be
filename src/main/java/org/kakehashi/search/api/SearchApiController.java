package org.kakehashi.search.api;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.kakehashi.search.PartnerSearch;
import org.kakehashi.search.engine.SearchQuery;
import org.kakehashi.search.engine.SearchQuery.SearchFilters;
import org.kakehashi.search.engine.SearchResults;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The partner-search API (docs/interfaces.md). */
@RestController
@Tag(name = "search")
class SearchApiController {

	private final PartnerSearch search;

	SearchApiController(PartnerSearch search) {
		this.search = search;
	}

	/**
	 * One hit. {@code why} names the matched concepts in the asker's language, or the
	 * query's words the profile holds when no concept explains it; {@code concepts} gives
	 * the thesaurus ids of the concepts among them.
	 */
	record ResultJson(String id, float score, String name, List<String> why, List<String> concepts,
			List<String> highlights) {
	}

	record SearchJson(String query, String lang, long total, List<ResultJson> results) {
	}

	@GetMapping("/api/v1/organizations/search")
	@Operation(summary = "Cross-lingual partner search: a query in de, en or ja finds profiles written in any of them")
	SearchJson search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable String lang,
			@RequestParam(defaultValue = "10") int limit, @RequestParam(defaultValue = "0") int offset,
			@RequestParam(required = false) @Nullable List<String> country,
			@RequestParam(required = false) @Nullable List<String> kind,
			@RequestParam(required = false) @Nullable List<String> cluster,
			@RequestParam(required = false) @Nullable List<String> interest,
			@RequestParam(required = false) @Nullable List<String> topic) {
		if (limit < 1 || limit > 100) {
			throw new IllegalArgumentException("limit must be between 1 and 100");
		}
		if (lang != null && !Set.of("de", "en", "ja").contains(lang.toLowerCase(Locale.ROOT))) {
			throw new IllegalArgumentException("lang must be de, en or ja");
		}
		SearchFilters filters = new SearchFilters(set(country), set(kind), set(cluster), set(interest), set(topic));
		SearchResults results = search.search(new SearchQuery(q.strip(),
				lang == null ? null : lang.toLowerCase(Locale.ROOT), limit, offset, filters, false));
		return new SearchJson(results.query(), results.lang(), results.total(),
				results.hits()
					.stream()
					.map(h -> new ResultJson(h.id(), h.score(), h.name(),
							h.why().stream().map(SearchResults.MatchedConcept::label).toList(),
							h.why().stream().filter(w -> !w.isWord()).map(SearchResults.MatchedConcept::id).toList(),
							h.highlights()))
					.toList());
	}

	private static Set<String> set(@Nullable List<String> values) {
		return values == null ? Set.of() : Set.copyOf(values.stream().filter(v -> v != null && !v.isBlank()).toList());
	}

}
