package org.kakehashi.directory;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.LocalizedText;

/**
 * A directory entry: a member company, institute, hospital or investor, or an authority.
 * Its public profile (names, descriptions, topics, interests) is visible to every
 * signed-in user; its contacts only inside its cluster.
 *
 * @param id the stable import id (e.g. {@code biom-0042})
 * @param topics thesaurus concept ids or free keywords
 */
public record Organization(String id, OrganizationKind kind, @Nullable String country, @Nullable String city,
		@Nullable String clusterId, @Nullable OrganizationSize size, LocalizedText names, LocalizedText descriptions,
		List<String> topics, List<String> interests, @Nullable String website, long version) {

	public Organization {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(kind, "kind");
		if (names.isEmpty()) {
			throw new IllegalArgumentException("an organisation needs a name in at least one language");
		}
		topics = List.copyOf(topics);
		interests = List.copyOf(interests);
	}

}
