package org.kakehashi.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The columns a spreadsheet can be mapped to: the fields of the import file
 * (docs/interfaces.md), language-tagged texts as {@code name.de} etc., lists separated by
 * ';' or ','. Contacts: one per row, or several with names, e-mails and roles each
 * separated by ';' in the same order. Also the column layout of CSV and XLSX exports, so
 * an export imports again unchanged.
 */
public final class ImportFields {

	public static final List<String> ALL = List.of("id", "kind", "country", "city", "cluster", "size", "name.de",
			"name.en", "name.ja", "description.de", "description.en", "description.ja", "topics", "interests",
			"website", "contact.name", "contact.email", "contact.role");

	private ImportFields() {
	}

	/**
	 * The field a header most likely means (its name, case and spaces aside), or null.
	 */
	public static @Nullable String guess(String header) {
		String h = header.strip().toLowerCase(Locale.ROOT).replace(' ', '.').replace('_', '.');
		return ALL.contains(h) ? h : null;
	}

	/**
	 * Turns one row into a contract document. {@code mapping} gives the field of each
	 * mapped column index; a blank cluster becomes {@code defaultCluster}.
	 */
	public static OrganizationDocument toDocument(List<String> cells, Map<Integer, String> mapping,
			@Nullable String defaultCluster) {
		Map<String, String> v = new LinkedHashMap<>();
		mapping.forEach((col, field) -> {
			String cell = col < cells.size() ? cells.get(col) : null;
			if (cell != null && !cell.isBlank()) {
				v.merge(field, cell.strip(), (a, b) -> a + ";" + b);
			}
		});
		String cluster = v.getOrDefault("cluster", defaultCluster);
		return new OrganizationDocument(v.get("id"), lower(v.get("kind")), v.get("country"), v.get("city"), cluster,
				lower(v.get("size")), texts(v, "name"), texts(v, "description"), list(v.get("topics")),
				lowerAll(list(v.get("interests"))), v.get("website"), contacts(v), null);
	}

	/** The row of an export: cells in the order of {@link #ALL}. */
	public static List<String> toRow(OrganizationDocument d) {
		List<@Nullable String> row = new ArrayList<>();
		row.addAll(Arrays.asList(d.id(), d.kind(), d.country(), d.city(), d.cluster(), d.size()));
		for (Map<String, String> text : Arrays.asList(d.name(), d.description())) {
			for (String lang : List.of("de", "en", "ja")) {
				row.add(text == null ? null : text.get(lang));
			}
		}
		row.add(d.topics() == null ? null : String.join("; ", d.topics()));
		row.add(d.interests() == null ? null : String.join("; ", d.interests()));
		row.add(d.website());
		List<Contact> cs = d.contacts() == null ? List.of() : d.contacts();
		row.add(join(cs.stream().map(Contact::name).toList()));
		row.add(join(cs.stream().map(c -> c.email() == null ? "" : c.email()).toList()));
		row.add(join(cs.stream().map(c -> c.role() == null ? "" : c.role()).toList()));
		return row.stream().map(s -> s == null ? "" : s).toList();
	}

	private static String join(List<String> values) {
		return values.stream().allMatch(String::isEmpty) ? "" : String.join("; ", values);
	}

	private static @Nullable Map<String, String> texts(Map<String, String> v, String field) {
		Map<String, String> text = new LinkedHashMap<>();
		for (String lang : List.of("de", "en", "ja")) {
			String value = v.get(field + "." + lang);
			if (value != null) {
				text.put(lang, value);
			}
		}
		return text.isEmpty() ? null : text;
	}

	private static @Nullable List<String> list(@Nullable String cell) {
		if (cell == null) {
			return null;
		}
		return Arrays.stream(cell.split("[;,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static @Nullable List<Contact> contacts(Map<String, String> v) {
		List<String> names = split(v.get("contact.name"));
		if (names.isEmpty()) {
			return null;
		}
		List<String> emails = split(v.get("contact.email"));
		List<String> roles = split(v.get("contact.role"));
		List<Contact> contacts = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			contacts.add(new Contact(names.get(i), at(emails, i), at(roles, i)));
		}
		return contacts;
	}

	private static List<String> split(@Nullable String cell) {
		return cell == null ? List.of() : Arrays.stream(cell.split(";", -1)).map(String::strip).toList();
	}

	private static @Nullable String at(List<String> values, int i) {
		return i < values.size() && !values.get(i).isEmpty() ? values.get(i) : null;
	}

	private static @Nullable String lower(@Nullable String s) {
		return s == null ? null : s.toLowerCase(Locale.ROOT);
	}

	private static @Nullable List<String> lowerAll(@Nullable List<String> l) {
		return l == null ? null : l.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
	}

}
