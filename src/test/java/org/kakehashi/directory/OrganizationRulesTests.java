package org.kakehashi.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kakehashi.shared.FieldProblem;

class OrganizationRulesTests {

	@Test
	void acceptsAContractExample() {
		Organization org = OrganizationRules.toOrganization(anOrganization("biom-0042", "company", "de"), 0);

		assertThat(org.kind()).isEqualTo(OrganizationKind.COMPANY);
		assertThat(org.country()).isEqualTo("DE");
		assertThat(org.interests()).containsExactly("licensing", "co-development");
	}

	@Test
	void namesEveryBrokenField() {
		OrganizationDocument doc = new OrganizationDocument(" ", "spaceship", "Germany", null, null, "huge", Map.of(),
				null, List.of(" "), List.of("world-domination"), "ftp://x", List.of(new Contact("", "no-mail", null)),
				null);

		List<FieldProblem> problems = OrganizationRules.check(doc);

		assertThat(problems).extracting(FieldProblem::field)
			.containsExactly("id", "kind", "name", "country", "size", "interests", "topics", "website",
					"contacts[0].name");
		assertThat(problems.get(1).message()).contains("unknown kind 'spaceship'");
		assertThat(problems.get(3).message()).contains("'Germany' is not an ISO 3166-1 alpha-2 code");
	}

	@Test
	void rejectsMalformedLanguageTagsAndBadContactEmail() {
		OrganizationDocument doc = new OrganizationDocument("x-1", "company", "JP", null, null, null,
				Map.of("Japanese!", "名前"), null, null, null, null, List.of(new Contact("A", "not-an-email", null)),
				null);

		assertThat(OrganizationRules.check(doc)).extracting(FieldProblem::field)
			.containsExactly("name", "contacts[0].email");
	}

	@Test
	void refusesContactFieldsLongerThanTheirColumnsAtTheirRow() {
		OrganizationDocument doc = new OrganizationDocument("x-2", "company", "DE", null, null, null,
				Map.of("en", "Long contacts"), null, null, null, null,
				List.of(new Contact("A", "a@example.org", "BD"), new Contact("B".repeat(201), null, "R".repeat(201))),
				null);

		assertThat(OrganizationRules.check(doc)).extracting(FieldProblem::field)
			.containsExactly("contacts[1].name", "contacts[1].role");
	}

	static OrganizationDocument anOrganization(String id, String kind, String country) {
		return new OrganizationDocument(id, kind, country, "Martinsried", "biom", "small",
				Map.of("de", "Beispiel Bio GmbH", "en", "Example Bio GmbH"), Map.of("de", "Wir entwickeln CAR-T."),
				List.of("cell-therapy", "oncology"), List.of("licensing", "co-development"), "https://example.org",
				List.of(new Contact("Dr. A. Muster", "a.muster@example.org", "BD")), null);
	}

}
