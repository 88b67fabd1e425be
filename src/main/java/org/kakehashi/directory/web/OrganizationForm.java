package org.kakehashi.directory.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.kakehashi.directory.Contact;
import org.kakehashi.directory.Organization;
import org.kakehashi.directory.OrganizationDocument;

/**
 * The organisation edit form: one field per UI language, topics as the concept ids the
 * picker's boxes submit, contacts as rows of name, e-mail and role. Converts to the
 * contract document so the same {@link org.kakehashi.directory.OrganizationRules} check
 * it. A mutable bean rather than a record because Spring binds the rows
 * ({@code contacts[2].email}) into nested beans by index.
 */
public class OrganizationForm {

	/** Blank contact rows offered below the filled ones. */
	static final int SPARE_ROWS = 2;

	private @Nullable String id, kind, country, city, cluster, size, website, topicQuery;

	private @Nullable @Size(max = 300) String nameDe, nameEn, nameJa;

	private @Nullable @Size(max = 10000) String descriptionDe, descriptionEn, descriptionJa;

	private List<String> topics = new ArrayList<>();

	private List<String> interests = new ArrayList<>();

	private List<ContactEntry> contacts = new ArrayList<>();

	private @Nullable Long version;

	/** One contact row; a row left blank is no contact, so clearing a row removes one. */
	public static class ContactEntry {

		private @Nullable String name, email, role;

		static ContactEntry of(Contact c) {
			ContactEntry e = new ContactEntry();
			e.name = c.name();
			e.email = c.email();
			e.role = c.role();
			return e;
		}

		boolean isBlank() {
			return blank(name) && blank(email) && blank(role);
		}

		Contact toContact() {
			return new Contact(name == null ? "" : name.strip(), blankToNull(email), blankToNull(role));
		}

		// @formatter:off
		public @Nullable String getName() { return name; }
		public void setName(@Nullable String v) { name = v; }
		public @Nullable String getEmail() { return email; }
		public void setEmail(@Nullable String v) { email = v; }
		public @Nullable String getRole() { return role; }
		public void setRole(@Nullable String v) { role = v; }
		// @formatter:on

	}

	static OrganizationForm empty(@Nullable String cluster) {
		OrganizationForm f = new OrganizationForm();
		f.kind = "company";
		f.cluster = cluster;
		f.version = 0L;
		return f.withSpareRows();
	}

	static OrganizationForm of(Organization o, @Nullable List<Contact> contacts) {
		OrganizationForm f = new OrganizationForm();
		f.id = o.id();
		f.kind = o.kind().code();
		f.country = o.country();
		f.city = o.city();
		f.cluster = o.clusterId();
		f.size = o.size() == null ? "" : o.size().code();
		f.nameDe = o.names().exactly("de");
		f.nameEn = o.names().exactly("en");
		f.nameJa = o.names().exactly("ja");
		f.descriptionDe = o.descriptions().exactly("de");
		f.descriptionEn = o.descriptions().exactly("en");
		f.descriptionJa = o.descriptions().exactly("ja");
		f.topics = new ArrayList<>(o.topics());
		f.interests = new ArrayList<>(o.interests());
		f.website = o.website();
		f.contacts = contacts == null ? new ArrayList<>()
				: new ArrayList<>(contacts.stream().map(ContactEntry::of).toList());
		f.version = o.version();
		return f.withSpareRows();
	}

	/**
	 * Blank rows at the end topped up to {@link #SPARE_ROWS}. Cleared rows in between
	 * stay where they are, so an error found in row 3 is still shown at row 3.
	 */
	OrganizationForm withSpareRows() {
		while (!contacts.isEmpty() && contacts.get(contacts.size() - 1).isBlank()) {
			contacts.remove(contacts.size() - 1);
		}
		for (int i = 0; i < SPARE_ROWS; i++) {
			contacts.add(new ContactEntry());
		}
		return this;
	}

	/** One more blank row, for the "add a contact" button that works without script. */
	OrganizationForm withOneMoreRow() {
		contacts.add(new ContactEntry());
		return this;
	}

	OrganizationDocument toDocument() {
		return new OrganizationDocument(id, kind, country, city, blankToNull(cluster), blankToNull(size),
				text(nameDe, nameEn, nameJa), text(descriptionDe, descriptionEn, descriptionJa),
				topics.stream().filter(t -> !blank(t)).distinct().toList(), interests, website,
				contacts.stream().filter(c -> !c.isBlank()).map(ContactEntry::toContact).toList(), version);
	}

	/**
	 * The row a rule's {@code contacts[i].field} names: the rules count only the filled
	 * rows, the page shows the cleared ones too.
	 */
	int contactRow(int filledIndex) {
		int seen = -1;
		for (int i = 0; i < contacts.size(); i++) {
			if (!contacts.get(i).isBlank() && ++seen == filledIndex) {
				return i;
			}
		}
		return filledIndex;
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

	private static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	// @formatter:off
	public @Nullable String getId() { return id; }
	public void setId(@Nullable String v) { id = v; }
	public @Nullable String getKind() { return kind; }
	public void setKind(@Nullable String v) { kind = v; }
	public @Nullable String getCountry() { return country; }
	public void setCountry(@Nullable String v) { country = v; }
	public @Nullable String getCity() { return city; }
	public void setCity(@Nullable String v) { city = v; }
	public @Nullable String getCluster() { return cluster; }
	public void setCluster(@Nullable String v) { cluster = v; }
	public @Nullable String getSize() { return size; }
	public void setSize(@Nullable String v) { size = v; }
	public @Nullable String getWebsite() { return website; }
	public void setWebsite(@Nullable String v) { website = v; }
	public @Nullable String getTopicQuery() { return topicQuery; }
	public void setTopicQuery(@Nullable String v) { topicQuery = v; }
	public @Nullable String getNameDe() { return nameDe; }
	public void setNameDe(@Nullable String v) { nameDe = v; }
	public @Nullable String getNameEn() { return nameEn; }
	public void setNameEn(@Nullable String v) { nameEn = v; }
	public @Nullable String getNameJa() { return nameJa; }
	public void setNameJa(@Nullable String v) { nameJa = v; }
	public @Nullable String getDescriptionDe() { return descriptionDe; }
	public void setDescriptionDe(@Nullable String v) { descriptionDe = v; }
	public @Nullable String getDescriptionEn() { return descriptionEn; }
	public void setDescriptionEn(@Nullable String v) { descriptionEn = v; }
	public @Nullable String getDescriptionJa() { return descriptionJa; }
	public void setDescriptionJa(@Nullable String v) { descriptionJa = v; }
	public List<String> getTopics() { return topics; }
	public void setTopics(@Nullable List<String> v) { topics = v == null ? new ArrayList<>() : v; }
	public List<String> getInterests() { return interests; }
	public void setInterests(@Nullable List<String> v) { interests = v == null ? new ArrayList<>() : v; }
	public List<ContactEntry> getContacts() { return contacts; }
	public void setContacts(@Nullable List<ContactEntry> v) { contacts = v == null ? new ArrayList<>() : v; }
	public @Nullable Long getVersion() { return version; }
	public void setVersion(@Nullable Long v) { version = v; }
	// @formatter:on

}
