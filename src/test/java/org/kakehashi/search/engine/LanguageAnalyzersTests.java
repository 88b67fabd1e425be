package org.kakehashi.search.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class LanguageAnalyzersTests {

	private final LanguageAnalyzers analyzers = new LanguageAnalyzers(TestVocabulary.thesaurus());

	private Set<String> tokens(String lang, String text) {
		return LanguageAnalyzers.terms(analyzers.forLanguage(lang), IndexFields.text(lang), text);
	}

	@Test
	void germanCompoundsAreSplitIntoTheirParts() {
		assertThat(tokens("de", "Krebsimmuntherapie")).anyMatch(t -> t.startsWith("krebsimmun"))
			.anyMatch(t -> t.startsWith("krebs"))
			.anyMatch(t -> t.startsWith("immuntherapi"));
	}

	@Test
	void germanPluralsMeetTheirSingular() {
		assertThat(tokens("de", "Zelltherapien")).containsAnyElementsOf(tokens("de", "Zelltherapie"));
		assertThat(tokens("de", "Antikörper")).containsAll(tokens("de", "Antikoerper"));
	}

	@Test
	void japaneseWithoutSpacesIsSegmentedIntoWords() {
		assertThat(tokens("ja", "細胞療法を開発しています")).contains("細胞", "療法", "開発").doesNotContain("を");
	}

	@Test
	void japaneseFullWidthAndHalfWidthKatakanaMeet() {
		assertThat(tokens("ja", "ﾜｸﾁﾝ")).isEqualTo(tokens("ja", "ワクチン"));
	}

	@Test
	void englishPluralsAndPossessivesAreStemmed() {
		assertThat(tokens("en", "antibodies")).isEqualTo(tokens("en", "antibody"));
		assertThat(tokens("en", "the company's vaccines")).containsExactly("compani", "vaccin");
	}

}
