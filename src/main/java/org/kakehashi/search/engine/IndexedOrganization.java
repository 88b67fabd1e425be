package org.kakehashi.search.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What the search engine needs to know about one organisation, fed by the directory
 * module.
 *
 * @param id the import id, stable across updates
 * @param kind {@code company}, {@code academia}, ...
 * @param country ISO 3166-1 alpha-2, may be null
 * @param cluster key of the cluster the organisation belongs to, may be null
 * @param size {@code micro} ... {@code large}, may be null
 * @param names language tag to name; at least one
 * @param descriptions language tag to description; may be empty or in one language only
 * @param topics thesaurus concept ids or free keywords
 * @param interests cooperation interests, e.g. {@code licensing}
 * @param version the directory's version of the profile, kept in the index so that a
 * consistency check can tell a stale document from a current one
 */
public record IndexedOrganization(String id, String kind, @Nullable String country, @Nullable String cluster,
		@Nullable String size, Map<String, String> names, Map<String, String> descriptions, List<String> topics,
		List<String> interests, long version) {

	public IndexedOrganization {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(kind, "kind");
		names = Map.copyOf(names);
		descriptions = Map.copyOf(descriptions);
		topics = List.copyOf(topics);
		interests = List.copyOf(interests);
		if (names.isEmpty()) {
			throw new IllegalArgumentException("organisation " + id + " needs at least one name");
		}
	}

	/** An organisation without a directory version (tests, benchmarks). */
	public IndexedOrganization(String id, String kind, @Nullable String country, @Nullable String cluster,
			@Nullable String size, Map<String, String> names, Map<String, String> descriptions, List<String> topics,
			List<String> interests) {
		this(id, kind, country, cluster, size, names, descriptions, topics, interests, 0);
	}

	/** The name in {@code lang}, falling back to English, then to any name. */
	public String displayName(String lang) {
		return Languages.pick(names, lang);
	}

}
