package org.kakehashi.directory;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.FieldProblem;
import org.kakehashi.shared.InvalidInputException;
import org.kakehashi.shared.LocalizedText;

/**
 * The one set of rules for organisation data, shared by the web form, the REST API and
 * the importer, so all three reject the same things with the same words.
 */
public final class OrganizationRules {

	static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

	private static final Pattern LANG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private OrganizationRules() {
	}

	/**
	 * Checks a document and turns it into an organisation, or throws with every problem
	 * found.
	 */
	public static Organization toOrganization(OrganizationDocument doc, long version) {
		List<FieldProblem> problems = check(doc);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Organization(doc.id(), OrganizationKind.fromCode(doc.kind()), upper(doc.country()),
				blankToNull(doc.city()), blankToNull(doc.cluster()),
				doc.size() == null ? null : OrganizationSize.fromCode(doc.size()), new LocalizedText(doc.name()),
				new LocalizedText(doc.description() == null ? Map.of() : doc.description()),
				doc.topics() == null ? List.of() : doc.topics().stream().map(String::strip).distinct().toList(),
				doc.interests() == null ? List.of() : Interest.checkAll(doc.interests()), blankToNull(doc.website()),
				version);
	}

	public static List<FieldProblem> check(OrganizationDocument doc) {
		List<FieldProblem> problems = new ArrayList<>();
		if (doc.id() == null || doc.id().isBlank()) {
			problems.add(new FieldProblem("id", "is required"));
		}
		else if (!ID.matcher(doc.id()).matches()) {
			problems.add(new FieldProblem("id", "must be 1–64 letters, digits, '.', '_', ':' or '-'"));
		}
		if (doc.kind() == null || doc.kind().isBlank()) {
			problems.add(new FieldProblem("kind", "is required"));
		}
		else {
			catching(problems, "kind", () -> OrganizationKind.fromCode(doc.kind()));
		}
		checkText(problems, "name", doc.name(), true, 300);
		checkText(problems, "description", doc.description(), false, 10000);
		if (doc.country() != null && !doc.country().isBlank() && !COUNTRIES.contains(upper(doc.country()))) {
			problems.add(new FieldProblem("country", "'" + doc.country() + "' is not an ISO 3166-1 alpha-2 code"));
		}
		if (doc.size() != null) {
			catching(problems, "size", () -> OrganizationSize.fromCode(doc.size()));
		}
		if (doc.interests() != null) {
			doc.interests().forEach(i -> catching(problems, "interests", () -> Interest.check(i)));
		}
		if (doc.topics() != null && doc.topics().stream().anyMatch(t -> t == null || t.isBlank() || t.length() > 100)) {
			problems.add(new FieldProblem("topics", "each topic must be 1–100 characters"));
		}
		checkWebsite(problems, doc.website());
		checkContacts(problems, doc.contacts());
		return problems;
	}

	private static void checkText(List<FieldProblem> problems, String field, @Nullable Map<String, String> text,
			boolean required, int max) {
		if (text == null || text.values().stream().allMatch(v -> v == null || v.isBlank())) {
			if (required) {
				problems.add(new FieldProblem(field, "needs text in at least one language"));
			}
			return;
		}
		text.forEach((lang, value) -> {
			if (lang == null || !LANG.matcher(lang).matches()) {
				problems.add(new FieldProblem(field, "'" + lang + "' is not a language tag like de, en or ja"));
			}
			else if (value != null && value.length() > max) {
				problems.add(new FieldProblem(field + "." + lang, "is longer than " + max + " characters"));
			}
		});
	}

	private static void checkWebsite(List<FieldProblem> problems, @Nullable String website) {
		if (website == null || website.isBlank()) {
			return;
		}
		try {
			URI uri = URI.create(website.strip());
			if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
				problems.add(new FieldProblem("website", "must be an http(s) address"));
			}
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem("website", "is not a valid address"));
		}
	}

	private static void checkContacts(List<FieldProblem> problems, @Nullable List<Contact> contacts) {
		if (contacts == null) {
			return;
		}
		for (int i = 0; i < contacts.size(); i++) {
			Contact c = contacts.get(i);
			String row = "contacts[" + i + "]";
			if (c == null || c.name() == null || c.name().isBlank()) {
				problems.add(new FieldProblem(row + ".name", "is required"));
				continue;
			}
			// the columns' sizes: longer values would fail in the database instead
			tooLong(problems, row + ".name", c.name(), 200);
			tooLong(problems, row + ".role", c.role(), 200);
			if (c.email() != null && !c.email().isBlank()
					&& (c.email().length() > 320 || !EMAIL.matcher(c.email()).matches())) {
				problems.add(new FieldProblem(row + ".email", "'" + c.email() + "' is not an e-mail address"));
			}
		}
	}

	private static void tooLong(List<FieldProblem> problems, String field, @Nullable String value, int max) {
		if (value != null && value.length() > max) {
			problems.add(new FieldProblem(field, "is longer than " + max + " characters"));
		}
	}

	private static void catching(List<FieldProblem> problems, String field, Runnable check) {
		try {
			check.run();
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem(field, ex.getMessage()));
		}
	}

	private static @Nullable String upper(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
