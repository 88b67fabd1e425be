package org.kakehashi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LocalizedTextTests {

	@Test
	void readsTheReadersLanguageWhenPresent() {
		LocalizedText text = new LocalizedText(Map.of("de", "Zelltherapie", "ja", "細胞治療"));

		assertThat(text.in(Locale.JAPANESE)).isEqualTo("細胞治療");
		assertThat(text.languageFor(Locale.JAPANESE)).isEqualTo("ja");
	}

	@Test
	void fallsBackToEnglishThenGermanThenJapanese() {
		assertThat(new LocalizedText(Map.of("de", "Krebs", "en", "cancer")).in(Locale.JAPANESE)).isEqualTo("cancer");
		assertThat(new LocalizedText(Map.of("ja", "がん", "de", "Krebs")).in(Locale.ENGLISH)).isEqualTo("Krebs");
		assertThat(new LocalizedText(Map.of("ja", "がん")).in(Locale.GERMAN)).isEqualTo("がん");
		assertThat(new LocalizedText(Map.of("ko", "암")).in(Locale.GERMAN)).isEqualTo("암");
	}

	@Test
	void dropsBlankTextsAndNormalizesTags() {
		Map<String, String> values = new HashMap<>();
		values.put("DE ", "  Text ");
		values.put("en", "   ");
		values.put("ja", null);

		LocalizedText text = new LocalizedText(values);

		assertThat(text.values()).containsExactly(Map.entry("de", "Text"));
	}

	@Test
	void rejectsBlankLanguageTags() {
		assertThatIllegalArgumentException().isThrownBy(() -> new LocalizedText(Map.of(" ", "x")));
	}

	@Test
	void emptyTextReadsAsEmptyString() {
		assertThat(LocalizedText.empty().in(Locale.GERMAN)).isEmpty();
		assertThat(LocalizedText.ofUi("", null, " ").isEmpty()).isTrue();
	}

}
