package org.kakehashi.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every UI string exists in German, English and Japanese, and every key a template uses
 * exists.
 */
class I18nBundlesTests {

	static final Path RESOURCES = Path.of("src/main/resources");

	/** Message keys written literally in templates: #{key} and #{key(args)}. */
	static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9_.\\-]+)[}(]");

	@Test
	void bundlesAreWhatTheTablesGenerate() throws Exception {
		// The tables in tools/messages/*.py are the one source; the bundles are generated
		// from them.
		Process check = new ProcessBuilder("python3", "tools/messages.py", "--check").redirectErrorStream(true).start();
		String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(check.waitFor()).as(output).isZero();
	}

	@Test
	void allThreeLanguagesHaveTheSameKeys() throws IOException {
		Set<String> base = load("messages.properties").stringPropertyNames();

		for (String lang : new String[] { "de", "en", "ja" }) {
			assertThat(load("messages_" + lang + ".properties").stringPropertyNames()).as(lang)
				.containsExactlyInAnyOrderElementsOf(base);
		}
	}

	@Test
	void noTranslationIsEmpty() throws IOException {
		for (String lang : new String[] { "de", "en", "ja" }) {
			Properties p = load("messages_" + lang + ".properties");
			assertThat(p.stringPropertyNames()).as(lang).allSatisfy(k -> assertThat(p.getProperty(k)).isNotBlank());
		}
	}

	@Test
	void japaneseTextIsJapaneseNotACopyOfEnglish() throws IOException {
		Properties en = load("messages_en.properties");
		Properties ja = load("messages_ja.properties");
		Set<String> sameAsEnglish = new TreeSet<>();
		for (String k : en.stringPropertyNames()) {
			if (en.getProperty(k).equals(ja.getProperty(k)) && en.getProperty(k).matches(".*[a-z]{4,}.*")) {
				sameAsEnglish.add(k);
			}
		}
		// Proper names (Kakehashi, BIO-Europe) may stay; whole English sentences may not.
		assertThat(sameAsEnglish).allSatisfy(k -> assertThat(en.getProperty(k)).doesNotContain(" the ", " and "));
	}

	@Test
	void everyKeyUsedInATemplateExists() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Matcher m = KEY.matcher(Files.readString(file));
				while (m.find()) {
					if (!keys.contains(m.group(1))) {
						missing.add(file.getFileName() + ": " + m.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static Properties load(String name) throws IOException {
		Properties p = new Properties();
		try (Reader r = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
			p.load(r);
		}
		return p;
	}

}
