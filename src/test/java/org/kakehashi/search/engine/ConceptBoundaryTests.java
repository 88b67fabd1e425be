package org.kakehashi.search.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kakehashi.thesaurus.Concept;
import org.kakehashi.thesaurus.Thesaurus;

/**
 * Where a label's letters occur but the concept is not named: a German word spelt like an
 * abbreviation, a label inside a generic word or a longer katakana word; and where it is
 * named though not spelt out: German coordinated compounds, katakana spelling variants.
 */
class ConceptBoundaryTests {

	private static final Thesaurus VOCABULARY = new Thesaurus(
			List.of(concept("als", Map.of("en", List.of("amyotrophic lateral sclerosis", "ALS"), "de", List.of("ALS"))),
					concept("addiction", Map.of("de", List.of("Sucht"), "en", List.of("addiction"))),
					concept("primates", Map.of("ja", List.of("サル"))),
					concept("cell-therapy", Map.of("de", List.of("Zelltherapie"))),
					concept("base-editing", Map.of("de", List.of("Basen-Editing"))),
					concept("sensors", Map.of("ja", List.of("センサー"))),
					concept("injectable-hydrogels", Map.of("ja", List.of("インジェクタブルハイドロゲル")))));

	private final ConceptExtractor extractor = new ConceptExtractor(VOCABULARY);

	@Test
	void shortAbbreviationsMatchOnlyInCapitals() {
		assertThat(extractor.conceptIds("Wir arbeiten als CRO für ALS-Studien")).containsExactly("als");
		assertThat(extractor.conceptIds("Wir arbeiten als CRO")).isEmpty();
	}

	@Test
	void aQueryInLowerCaseThroughoutStillFindsTheAbbreviation() {
		assertThat(extractor.extractTolerant("als therapy")).extracting(ConceptMatch::conceptId).containsExactly("als");
	}

	@Test
	void findsNoConceptInsideAGenericWord() {
		assertThat(extractor.extractTolerant("Partner gesucht")).isEmpty();
		assertThat(extractor.conceptIds("Spielsucht")).containsExactly("addiction");
	}

	@Test
	void shortKatakanaLabelsMatchOnlyAsWholeWords() {
		assertThat(extractor.conceptIds("経営コンサルティング")).isEmpty();
		assertThat(extractor.conceptIds("サルを用いた試験")).containsExactly("primates");
	}

	@Test
	void completesGermanCoordinatedCompounds() {
		assertThat(extractor.conceptIds("Vektoren für die Zell- und Gentherapie")).containsExactly("cell-therapy");
		assertThat(extractor.conceptIds("gezielte Punktmutationen per Basen- oder Prime-Editing"))
			.containsExactly("base-editing");
	}

	@Test
	void aFinalLongVowelMarkAndAMiddleDotDoNotSplitKatakanaWords() {
		assertThat(extractor.conceptIds("温度センサの開発")).containsExactly("sensors");
		assertThat(extractor.conceptIds("インジェクタブル・ハイドロゲルを用いた")).containsExactly("injectable-hydrogels");
	}

	@Test
	void eachPartCanBeSwitchedOffForTheBenchmark() {
		ConceptExtractor without = new ConceptExtractor(VOCABULARY,
				Set.of(RankingPart.CASE_SENSITIVE_ABBREVIATIONS, RankingPart.HYPHEN_ELLIPSIS));

		assertThat(without.conceptIds("Wir arbeiten als CRO")).containsExactly("als");
		assertThat(without.conceptIds("Zell- und Gentherapie")).isEmpty();
	}

	private static Concept concept(String id, Map<String, List<String>> labels) {
		return new Concept(id, "technology", labels, List.of());
	}

}
