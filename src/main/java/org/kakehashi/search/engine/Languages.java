package org.kakehashi.search.engine;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The languages the engine analyses and a cheap guess of a query's language when the
 * asker did not say. Guessing only decides which analyzer and label language are
 * preferred; the concept mapping works on all languages anyway, so a wrong guess costs
 * little.
 */
public final class Languages {

	public static final String DE = "de";

	public static final String EN = "en";

	public static final String JA = "ja";

	public static final List<String> ALL = List.of(DE, EN, JA);

	private static final Set<String> GERMAN_WORDS = Set.of("und", "der", "die", "das", "für", "fuer", "mit", "von",
			"zur", "zum", "im", "ein", "eine", "wir", "suchen", "partner", "bei", "aus", "oder", "gegen", "entwicklung",
			"forschung", "herstellung", "unternehmen", "auf", "nach", "sowie", "über", "wie", "neue", "firma");

	private static final Set<String> ENGLISH_WORDS = Set.of("the", "and", "for", "with", "of", "in", "a", "an", "we",
			"looking", "partner", "partners", "company", "companies", "development", "research", "against", "on", "to",
			"new", "based", "manufacturing", "services", "from", "or");

	private Languages() {
	}

	/** Normalizes a BCP 47 tag to one of {@link #ALL}, or null when unknown or blank. */
	public static @Nullable String supportedOrNull(@Nullable String tag) {
		if (tag == null || tag.isBlank()) {
			return null;
		}
		String primary = tag.toLowerCase(Locale.ROOT).split("[-_]")[0];
		return ALL.contains(primary) ? primary : null;
	}

	/**
	 * Guesses de, en or ja: any kana or kanji means Japanese; otherwise German signals
	 * (umlauts, ß, function words, typical suffixes) against English function words.
	 */
	public static String detect(String text) {
		int german = 0;
		int english = 0;
		for (int i = 0; i < text.length(); i++) {
			Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
			if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
					|| script == Character.UnicodeScript.HAN) {
				return JA;
			}
			if ("äöüßÄÖÜ".indexOf(text.charAt(i)) >= 0) {
				german += 2;
			}
		}
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
			if (GERMAN_WORDS.contains(word)) {
				german += 2;
			}
			if (ENGLISH_WORDS.contains(word)) {
				english += 2;
			}
			if (word.length() > 5 && (word.endsWith("ung") || word.endsWith("keit") || word.endsWith("schaft")
					|| word.endsWith("ien") || word.endsWith("ie") || word.endsWith("ik") || word.contains("sch")
					|| word.contains("zell"))) {
				german++;
			}
			if (word.length() > 4 && (word.endsWith("tion") || word.endsWith("ing") || word.endsWith("ies")
					|| word.endsWith("y") || word.endsWith("ology"))) {
				english++;
			}
		}
		return german > english ? DE : EN;
	}

	/** The value for {@code lang}, falling back to English, then to any value. */
	public static String pick(Map<String, String> byLang, String lang) {
		String v = byLang.get(lang);
		if (v == null || v.isBlank()) {
			v = byLang.get(EN);
		}
		if (v == null || v.isBlank()) {
			v = byLang.values().stream().filter(s -> !s.isBlank()).findFirst().orElse("");
		}
		return v;
	}

}
