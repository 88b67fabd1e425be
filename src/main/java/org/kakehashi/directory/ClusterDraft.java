package org.kakehashi.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Command: create or change a cluster. Names and descriptions come per UI language; at
 * least one name is required (checked by {@link DirectoryService}).
 *
 * @param version the version being edited (ignored on create)
 */
public record ClusterDraft(
		@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,63}", message = "{cluster.id.pattern}") String id,
		@NotBlank String regionId, @Nullable @Size(max = 200) String city, @Nullable @Size(max = 300) String nameDe,
		@Nullable @Size(max = 300) String nameEn, @Nullable @Size(max = 300) String nameJa,
		@Nullable @Size(max = 10000) String descriptionDe, @Nullable @Size(max = 10000) String descriptionEn,
		@Nullable @Size(max = 10000) String descriptionJa,
		@Nullable @Pattern(regexp = "^$|https?://\\S+", message = "{website.invalid}") String website, long version) {

	public static ClusterDraft of(Cluster c) {
		return new ClusterDraft(c.id(), c.regionId(), c.city(), c.names().exactly("de"), c.names().exactly("en"),
				c.names().exactly("ja"), c.descriptions().exactly("de"), c.descriptions().exactly("en"),
				c.descriptions().exactly("ja"), c.website(), c.version());
	}

	public static ClusterDraft empty() {
		return new ClusterDraft("", "", null, null, null, null, null, null, null, null, 0);
	}

}
