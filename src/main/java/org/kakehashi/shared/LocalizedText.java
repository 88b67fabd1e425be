package org.kakehashi.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * Text written in one or more languages, keyed by BCP 47 language tag ({@code de},
 * {@code en}, {@code ja}, ...). Profiles are often written in one language only, so
 * reading falls back: the reader's language, then English, German, Japanese, then
 * whatever exists.
 */
public record LocalizedText(@JsonValue Map<String, String> values) {

	public static final List<String> UI_LANGUAGES = List.of("de", "en", "ja");

	private static final LocalizedText EMPTY = new LocalizedText(Map.of());

	public LocalizedText {
		Map<String, String> clean = new LinkedHashMap<>();
		values.forEach((lang, text) -> {
			if (lang == null || lang.isBlank()) {
				throw new IllegalArgumentException("language tag must not be blank");
			}
			if (text != null && !text.isBlank()) {
				clean.put(lang.strip().toLowerCase(Locale.ROOT), text.strip());
			}
		});
		values = Collections.unmodifiableMap(clean);
	}

	@JsonCreator
	public static LocalizedText fromMap(Map<String, String> values) {
		return new LocalizedText(values);
	}

	public static LocalizedText empty() {
		return EMPTY;
	}

	public static LocalizedText of(String lang, String text) {
		return new LocalizedText(Map.of(lang, text));
	}

	/** Builds from the de/en/ja fields of a form; blank fields are left out. */
	public static LocalizedText ofUi(@Nullable String de, @Nullable String en, @Nullable String ja) {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("de", de == null ? "" : de);
		m.put("en", en == null ? "" : en);
		m.put("ja", ja == null ? "" : ja);
		return new LocalizedText(m);
	}

	public boolean isEmpty() {
		return values.isEmpty();
	}

	/** The text exactly in {@code lang}, or null. */
	public @Nullable String exactly(String lang) {
		return values.get(lang);
	}

	/** The best text for a reader of {@code locale}, following the fallback order. */
	public String in(Locale locale) {
		String found = values.get(locale.getLanguage());
		if (found != null) {
			return found;
		}
		for (String lang : List.of("en", "de", "ja")) {
			found = values.get(lang);
			if (found != null) {
				return found;
			}
		}
		return values.values().stream().findFirst().orElse("");
	}

	/**
	 * The language that {@link #in(Locale)} picks, so a page can mark text in another
	 * language.
	 */
	public String languageFor(Locale locale) {
		if (values.containsKey(locale.getLanguage())) {
			return locale.getLanguage();
		}
		for (String lang : List.of("en", "de", "ja")) {
			if (values.containsKey(lang)) {
				return lang;
			}
		}
		return values.keySet().stream().findFirst().orElse(locale.getLanguage());
	}

}
