package org.kakehashi.directory;

import org.jspecify.annotations.Nullable;

/**
 * Filters for browsing the directory; {@code text} matches names (any language),
 * case-insensitive.
 */
public record OrganizationQuery(@Nullable String cluster, @Nullable String kind, @Nullable String country,
		@Nullable String text, int page, int size) {

	public OrganizationQuery {
		if (page < 0) {
			throw new IllegalArgumentException("page must be 0 or more");
		}
		if (size < 1 || size > 500) {
			throw new IllegalArgumentException("size must be between 1 and 500");
		}
	}

	public static OrganizationQuery all() {
		return new OrganizationQuery(null, null, null, null, 0, 500);
	}

}
