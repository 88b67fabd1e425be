package org.kakehashi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.shared.web.TimeZoneChoices.ZoneGroup;
import org.kakehashi.shared.web.TimeZoneChoices.ZoneOption;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The time zone picker's options: names in the reader's language, this domain's zones
 * first, nothing a form could not store.
 */
class TimeZoneChoicesTests {

	final TimeZoneChoices choices = new TimeZoneChoices(messages(), new UserDates());

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void namesTheCommonZonesFirstInGerman() {
		List<ZoneGroup> groups = in(Locale.GERMAN).groups(null);

		assertThat(groups.get(0).label()).isEqualTo("Häufig gewählt");
		assertThat(groups.get(0).options()).extracting(ZoneOption::id)
			.containsExactly("Europe/Berlin", "Asia/Tokyo", "Europe/London", "America/New_York", "America/Los_Angeles",
					"UTC");
		assertThat(groups.get(0).options()).extracting(ZoneOption::label)
			.startsWith("Berlin (Mitteleuropäische Zeit)", "Tokio (Japanische Zeit)");
		assertThat(groups.get(1).label()).isEqualTo("Europa");
	}

	@Test
	void namesTheCommonZonesFirstInJapanese() {
		List<ZoneGroup> groups = in(Locale.JAPANESE).groups(null);

		assertThat(groups.get(0).label()).isEqualTo("よく使われるタイムゾーン");
		assertThat(groups.get(0).options()).extracting(ZoneOption::label).startsWith("ベルリン（中央ヨーロッパ時間）", "東京（日本時間）");
		assertThat(groups.get(1).label()).isEqualTo("ヨーロッパ");
	}

	@Test
	void offersEachZoneOnceSortedByNameAndNoAliasOrOffset() {
		List<ZoneGroup> groups = in(Locale.GERMAN).groups(null);
		List<String> ids = groups.stream().flatMap(g -> g.options().stream()).map(ZoneOption::id).toList();
		List<String> europe = groups.get(1).options().stream().map(ZoneOption::label).toList();

		assertThat(ids).doesNotHaveDuplicates()
			.contains("Europe/Paris", "Asia/Seoul", "America/Sao_Paulo")
			.noneMatch(z -> z.startsWith("Etc/") || z.startsWith("US/") || !z.contains("/") && !z.equals("UTC"));
		assertThat(europe).isSortedAccordingTo(Collator.getInstance(Locale.GERMAN))
			.contains("Wien (Mitteleuropäische Zeit)")
			.noneMatch(label -> label.contains("(Ortszeit))"));
	}

	@Test
	void keepsAValidZoneTheListDoesNotOfferButNotAnUnknownOne() {
		TimeZoneChoices german = in(Locale.GERMAN);

		assertThat(german.groups("US/Pacific").get(0).options().get(0).id()).isEqualTo("US/Pacific");
		assertThat(german.groups("Tokyo")).isEqualTo(german.groups(null));
		assertThat(german.groups("Asia/Tokyo")).isEqualTo(german.groups(null));
	}

	@Test
	void aFormStoresOnlyIanaRegionIds() {
		assertThat(TimeZoneChoices.isKnown("Asia/Tokyo")).isTrue();
		assertThat(TimeZoneChoices.isKnown("UTC")).isTrue();
		assertThat(TimeZoneChoices.isKnown("Tokyo")).isFalse();
		assertThat(TimeZoneChoices.isKnown("+09:00")).isFalse();
		assertThat(TimeZoneChoices.isKnown("")).isFalse();
		assertThat(TimeZoneChoices.isKnown(null)).isFalse();
	}

	private TimeZoneChoices in(Locale locale) {
		LocaleContextHolder.setLocale(locale);
		return choices;
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
