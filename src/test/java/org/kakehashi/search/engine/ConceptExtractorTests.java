package org.kakehashi.search.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kakehashi.thesaurus.Concept;
import org.kakehashi.thesaurus.Thesaurus;

class ConceptExtractorTests {

	private final ConceptExtractor extractor = new ConceptExtractor(TestVocabulary.thesaurus());

	@Test
	void findsLabelsInsideGermanCompounds() {
		assertThat(extractor.conceptIds("Krebsimmuntherapie")).containsExactly("oncology", "immunotherapy");
		assertThat(extractor.conceptIds("Antikörperentwicklung")).containsExactly("antibody");
	}

	@Test
	void findsJapaneseLabelsInTextWithoutSpaces() {
		assertThat(extractor.conceptIds("当社は細胞療法と抗体医薬を開発しています")).containsExactly("cell-therapy", "antibody");
	}

	@Test
	void matchesEnglishAndGermanPlurals() {
		assertThat(extractor.conceptIds("monoclonal antibodies and vaccines")).containsExactly("antibody", "vaccine");
		assertThat(extractor.conceptIds("autologe Zelltherapien gegen Tumoren")).containsExactly("cell-therapy",
				"oncology");
	}

	@Test
	void prefersTheLongestLabelAndKeepsLabelsInsideItAsInexact() {
		assertThat(extractor.extract("CAR-T-Zelltherapie")).containsExactly(new ConceptMatch("car-t", 0, 18, true),
				new ConceptMatch("cell-therapy", 6, 18, false));
		assertThat(extractor.extract("CAR-T細胞療法")).extracting(ConceptMatch::conceptId, ConceptMatch::exact)
			.containsExactly(tuple("car-t", true), tuple("cell-therapy", false));
	}

	@Test
	void matchesAcrossWidthAndCase() {
		assertThat(extractor.conceptIds("ＣＲＯ services")).containsExactly("cro");
		assertThat(extractor.conceptIds("Antikoerper")).containsExactly("antibody");
	}

	@Test
	void matchesWordsDerivedFromALabel() {
		assertThat(extractor.conceptIds("Wir beraten Onkologen")).containsExactly("oncology");
		assertThat(extractor.conceptIds("diagnostic tools")).containsExactly("diagnostics");
		assertThat(extractor.conceptIds("therapeutic")).isEmpty();
	}

	@Test
	void reportsWhereTheConceptWasNamed() {
		String text = "We make vaccines.";
		ConceptMatch match = extractor.extract(text).get(0);
		assertThat(text.substring(match.start(), match.end())).isEqualTo("vaccines");
	}

	@Test
	void toleratesTyposOnlyWhenAskedTo() {
		assertThat(extractor.extract("antibdy")).isEmpty();
		assertThat(extractor.extractTolerant("antibdy")).extracting(ConceptMatch::conceptId)
			.containsExactly("antibody");
		assertThat(extractor.extractTolerant("Immuntherapei")).extracting(ConceptMatch::conceptId)
			.containsExactly("immunotherapy");
	}

	@Test
	void ignoresShortWordsThatMerelyContainALabel() {
		assertThat(extractor.conceptIds("microbiology")).isEmpty();
	}

	@Test
	void connectsAKatakanaLoanwordTheThesaurusLacksToItsEnglishOrGermanLabel() {
		ConceptExtractor english = new ConceptExtractor(new Thesaurus(List.of(
				new Concept("bioprinting", "technology",
						Map.of("en", List.of("bioprinting"), "de", List.of("Bioprinting")), List.of()),
				new Concept("microneedles", "technology", Map.of("en", List.of("microneedle", "mRNA")), List.of()))));

		assertThat(english.extract("3Dバイオプリンティングの受託")).extracting(ConceptMatch::conceptId, ConceptMatch::exact)
			.containsExactly(tuple("bioprinting", false));
		assertThat(english.extract("マイクロニードルパッチを開発")).extracting(ConceptMatch::conceptId)
			.containsExactly("microneedles");
		assertThat(english.extract("マリン")).as("abbreviations are not transcribed").isEmpty();
	}

}
