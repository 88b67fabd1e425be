package org.kakehashi.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Spreadsheet rows to contract documents and back. */
class ImportFieldsTests {

	@Test
	void mappedColumnsBecomeFieldsAndOthersAreIgnored() {
		var doc = ImportFields.toDocument(List.of("o-1", "Company", "Name", "ignored", "a; b, c", " "),
				Map.of(0, "id", 1, "kind", 2, "name.en", 4, "topics", 5, "cluster"), "biom");

		assertThat(doc.id()).isEqualTo("o-1");
		assertThat(doc.kind()).isEqualTo("company");
		assertThat(doc.name()).isEqualTo(Map.of("en", "Name"));
		assertThat(doc.description()).isNull();
		assertThat(doc.topics()).containsExactly("a", "b", "c");
		assertThat(doc.cluster()).as("blank cell: the default cluster").isEqualTo("biom");
	}

	@Test
	void contactsArePairedByPosition() {
		var doc = ImportFields.toDocument(List.of("A; B", "a@x.org; ", "CEO; CSO"),
				Map.of(0, "contact.name", 1, "contact.email", 2, "contact.role"), null);

		assertThat(doc.contacts()).containsExactly(new Contact("A", "a@x.org", "CEO"), new Contact("B", null, "CSO"));
	}

	@Test
	void anExportRowImportsAgainUnchanged() {
		var original = new OrganizationDocument("o-2", "academia", "JP", "Kobe", "kobe", "small",
				Map.of("de", "Institut", "ja", "研究所"), Map.of("en", "We research."), List.of("oncology", "x"),
				List.of("licensing"), "https://example.org", List.of(new Contact("C", "c@x.org", null)), null);
		Map<Integer, String> all = new java.util.HashMap<>();
		for (int i = 0; i < ImportFields.ALL.size(); i++) {
			all.put(i, ImportFields.ALL.get(i));
		}

		assertThat(ImportFields.toDocument(ImportFields.toRow(original), all, null)).isEqualTo(original);
	}

	@Test
	void headersNamedLikeFieldsAreGuessed() {
		assertThat(ImportFields.guess(" Name DE ")).isEqualTo("name.de");
		assertThat(ImportFields.guess("contact_email")).isEqualTo("contact.email");
		assertThat(ImportFields.guess("Bemerkung")).isNull();
	}

}
