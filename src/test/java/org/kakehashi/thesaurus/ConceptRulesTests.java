package org.kakehashi.thesaurus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kakehashi.shared.FieldProblem;

/**
 * Rules for administrators' additions: one violating and one respecting case per rule.
 */
class ConceptRulesTests {

	static final Thesaurus BASE = Thesaurus.loadDefault();

	static Concept concept(String id, String group, Map<String, List<String>> labels, List<String> broader) {
		return new Concept(id, group, labels, broader);
	}

	@Test
	void idsAreLowerCaseWordsJoinedByHyphens() {
		assertThat(
				ConceptRules.check(concept("Cell Therapy!", "modality", Map.of("en", List.of("x")), List.of()), BASE))
			.extracting(FieldProblem::field)
			.containsExactly("id");
		assertThat(ConceptRules.check(concept("organ-on-chip-2", "technology", Map.of("en", List.of("x")), List.of()),
				BASE))
			.isEmpty();
	}

	@Test
	void aNewConceptNeedsAGroupAndALabel() {
		assertThat(ConceptRules.check(concept("brand-new", "", Map.of(), List.of()), BASE))
			.extracting(FieldProblem::field)
			.containsExactly("group", "labels");
		assertThat(ConceptRules.check(concept("cell-therapy", "", Map.of(), List.of()), BASE)).isEmpty();
	}

	@Test
	void labelsOnlyInTheThreeLanguagesAndAtMost200Characters() {
		assertThat(ConceptRules.check(concept("x-y", "modality", Map.of("fr", List.of("thérapie")), List.of()), BASE))
			.extracting(FieldProblem::message)
			.containsExactly("'fr' is not one of de, en, ja");
		assertThat(
				ConceptRules.check(concept("x-y", "modality", Map.of("ja", List.of("あ".repeat(201))), List.of()), BASE))
			.extracting(FieldProblem::field)
			.containsExactly("labels.ja");
		assertThat(ConceptRules.check(concept("x-y", "modality", Map.of("ja", List.of("細胞シート")), List.of()), BASE))
			.isEmpty();
	}

	@Test
	void broaderConceptsMustExist() {
		assertThat(ConceptRules.check(concept("x-y", "modality", Map.of("en", List.of("x")), List.of("no-such")), BASE))
			.extracting(FieldProblem::message)
			.containsExactly("unknown broader concept 'no-such'");
		assertThat(ConceptRules.check(concept("x-y", "modality", Map.of("en", List.of("x")), List.of("cell-therapy")),
				BASE))
			.isEmpty();
	}

}
