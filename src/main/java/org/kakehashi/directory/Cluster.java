package org.kakehashi.directory;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.LocalizedText;

/**
 * A cluster organisation (BioM, Osaka Bio Headquarters, ...): the party that signs
 * agreements, routes entry-portal requests and has member organisations.
 *
 * @param version optimistic-lock version; an update must name the version it edited
 */
public record Cluster(String id, String regionId, String country, @Nullable String city, LocalizedText names,
		LocalizedText descriptions, @Nullable String website, long version) {

	public Cluster {
		Objects.requireNonNull(id, "id");
		if (names.isEmpty()) {
			throw new IllegalArgumentException("a cluster needs a name in at least one language");
		}
	}

}
