package org.kakehashi.directory;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * An organisation in the shape of the import contract (docs/interfaces.md, organisation
 * import file); the REST API reads and writes the same shape, so a file exported from one
 * system imports into another. Values are checked by {@link OrganizationRules}.
 *
 * @param version the version the caller edited (API updates); ignored by imports
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganizationDocument(@Nullable String id, @Nullable String kind, @Nullable String country,
		@Nullable String city, @Nullable String cluster, @Nullable String size, @Nullable Map<String, String> name,
		@Nullable Map<String, String> description, @Nullable List<String> topics, @Nullable List<String> interests,
		@Nullable String website, @Nullable List<Contact> contacts, @Nullable Long version) {

	public static OrganizationDocument of(Organization o, @Nullable List<Contact> contacts) {
		return new OrganizationDocument(o.id(), o.kind().code(), o.country(), o.city(), o.clusterId(),
				o.size() == null ? null : o.size().code(), o.names().values(), o.descriptions().values(), o.topics(),
				o.interests(), o.website(), contacts, o.version());
	}

}
