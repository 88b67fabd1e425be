package org.kakehashi.directory.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.kakehashi.directory.Contact;
import org.kakehashi.directory.Organization;
import org.kakehashi.directory.OrganizationDocument;

/**
 * The organisation edit form: one field per UI language, topics comma-separated, contacts
 * one per line as {@code Name; e-mail; role}. Converts to the contract document so the
 * same {@link org.kakehashi.directory.OrganizationRules} check it.
 */
record OrganizationForm(@Nullable String id, @Nullable String kind, @Nullable String country, @Nullable String city,
		@Nullable String cluster, @Nullable String size, @Nullable @Size(max = 300) String nameDe,
		@Nullable @Size(max = 300) String nameEn, @Nullable @Size(max = 300) String nameJa,
		@Nullable @Size(max = 10000) String descriptionDe, @Nullable @Size(max = 10000) String descriptionEn,
		@Nullable @Size(max = 10000) String descriptionJa, @Nullable String topics, @Nullable List<String> interests,
		@Nullable String website, @Nullable @Size(max = 10000) String contacts, @Nullable Long version) {

	static OrganizationForm empty(@Nullable String cluster) {
		return new OrganizationForm("", "company", "", "", cluster, "", "", "", "", "", "", "", "", List.of(), "", "",
				0L);
	}

	static OrganizationForm of(Organization o, @Nullable List<Contact> contacts) {
		return new OrganizationForm(o.id(), o.kind().code(), o.country(), o.city(), o.clusterId(),
				o.size() == null ? "" : o.size().code(), o.names().exactly("de"), o.names().exactly("en"),
				o.names().exactly("ja"), o.descriptions().exactly("de"), o.descriptions().exactly("en"),
				o.descriptions().exactly("ja"), String.join(", ", o.topics()), o.interests(), o.website(),
				contacts == null ? "" : String.join("\n",
						contacts.stream().map(c -> c.name() + "; " + nz(c.email()) + "; " + nz(c.role())).toList()),
				o.version());
	}

	OrganizationDocument toDocument() {
		return new OrganizationDocument(id, kind, country, city, blankToNull(cluster), blankToNull(size),
				text(nameDe, nameEn, nameJa), text(descriptionDe, descriptionEn, descriptionJa), topicList(),
				interests == null ? List.of() : interests, website, contactList(), version);
	}

	private List<String> topicList() {
		return topics == null ? List.of()
				: Arrays.stream(topics.split("[,、，]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private List<Contact> contactList() {
		List<Contact> list = new ArrayList<>();
		if (contacts == null) {
			return list;
		}
		for (String line : contacts.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split(";", -1);
			list.add(new Contact(parts[0].strip(), parts.length > 1 ? blankToNull(parts[1].strip()) : null,
					parts.length > 2 ? blankToNull(parts[2].strip()) : null));
		}
		return list;
	}

	private static Map<String, String> text(@Nullable String de, @Nullable String en, @Nullable String ja) {
		Map<String, String> m = new LinkedHashMap<>();
		put(m, "de", de);
		put(m, "en", en);
		put(m, "ja", ja);
		return m;
	}

	private static void put(Map<String, String> m, String lang, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			m.put(lang, value);
		}
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s;
	}

	private static String nz(@Nullable String s) {
		return s == null ? "" : s;
	}

}
