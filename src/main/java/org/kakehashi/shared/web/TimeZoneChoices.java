package org.kakehashi.shared.web;

import java.text.Collator;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The time zones a form offers, named in the reader's language ("Tokio (Japanische
 * Zeit)", "東京（日本時間）"), this domain's zones first and the rest by continent: a cluster
 * manager picks a city instead of typing an IANA id. The profile, the event form and the
 * guest registration all use it through the {@code fragments/fields :: zone} field;
 * templates call it as {@code @zoneChoices}. The API keeps taking IANA ids.
 */
@Component("zoneChoices")
public class TimeZoneChoices {

	/** Where this platform's people and events are: offered first, in this order. */
	static final List<String> COMMON = List.of("Europe/Berlin", "Asia/Tokyo", "Europe/London", "America/New_York",
			"America/Los_Angeles", "UTC");

	/**
	 * The continents and oceans of the IANA ids, in the order they are offered; legacy
	 * aliases (US/Pacific, Japan) and Etc/ offsets are left out.
	 */
	static final List<String> AREAS = List.of("Europe", "Asia", "America", "Australia", "Pacific", "Africa", "Atlantic",
			"Indian", "Antarctica", "Arctic");

	/** The IANA ids of this JDK, read once (ZoneId copies them on every call). */
	private static final Set<String> REGION_IDS = Set.copyOf(ZoneId.getAvailableZoneIds());

	/** One option: the IANA id the form sends and the name the reader sees. */
	public record ZoneOption(String id, String label) {
	}

	/** A labelled group of options (an {@code optgroup}). */
	public record ZoneGroup(String label, List<ZoneOption> options) {
	}

	private final MessageSource messages;

	private final UserDates dates;

	/** Built once per language: about 400 names, the same for every request. */
	private final Map<String, List<ZoneGroup>> byLanguage = new ConcurrentHashMap<>();

	TimeZoneChoices(MessageSource messages, UserDates dates) {
		this.messages = messages;
		this.dates = dates;
	}

	/**
	 * The groups in the reader's language. A {@code current} zone that is valid but not
	 * offered (an alias set through the API) is offered first, so that saving the form
	 * unchanged never moves an event to another zone.
	 */
	public List<ZoneGroup> groups(@Nullable String current) {
		Locale locale = LocaleContextHolder.getLocale();
		List<ZoneGroup> groups = byLanguage.computeIfAbsent(locale.getLanguage(), l -> build(locale));
		if (current == null || !isKnown(current) || offered(groups, current)) {
			return groups;
		}
		List<ZoneGroup> withCurrent = new ArrayList<>(groups);
		List<ZoneOption> first = new ArrayList<>();
		first.add(new ZoneOption(current, label(current, locale)));
		first.addAll(groups.get(0).options());
		withCurrent.set(0, new ZoneGroup(groups.get(0).label(), first));
		return withCurrent;
	}

	/**
	 * Whether a form may store {@code zoneId}: an IANA region id ("Tokyo" or "+09:00" are
	 * not).
	 */
	public static boolean isKnown(@Nullable String zoneId) {
		return zoneId != null && (REGION_IDS.contains(zoneId) || "UTC".equals(zoneId));
	}

	/**
	 * "City (zone name)"; the city localized where the message tables know it, else taken
	 * from the id ("America/Sao_Paulo" → "Sao Paulo").
	 */
	String label(String zoneId, Locale locale) {
		String name = dates.zone(zoneId);
		int slash = zoneId.lastIndexOf('/');
		if (slash < 0) {
			return name;
		}
		String city = messages.getMessage("zone.city." + zoneId, null, zoneId.substring(slash + 1).replace('_', ' '),
				locale);
		if (name.contains(city) || name.contains("(")) {
			// the JDK knows no zone name, only a place: "London (Ortszeit)"
			return name;
		}
		return messages.getMessage("zone.option", new Object[] { city, name }, locale);
	}

	private List<ZoneGroup> build(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		Comparator<ZoneOption> byLabel = Comparator.comparing(ZoneOption::label, collator);
		List<ZoneGroup> groups = new ArrayList<>();
		groups.add(new ZoneGroup(messages.getMessage("zone.group.common", null, locale),
				COMMON.stream().map(z -> new ZoneOption(z, label(z, locale))).toList()));
		for (String area : AREAS) {
			// an old alias reads like its zone (America/Buenos_Aires and
			// America/Argentina/Buenos_Aires): one option per name, the longer id
			Map<String, String> byName = new HashMap<>();
			REGION_IDS.stream()
				.filter(z -> z.startsWith(area + "/") && !COMMON.contains(z))
				.forEach(z -> byName.merge(label(z, locale), z, TimeZoneChoices::longer));
			List<ZoneOption> options = byName.entrySet()
				.stream()
				.map(e -> new ZoneOption(e.getValue(), e.getKey()))
				.sorted(byLabel)
				.toList();
			groups.add(new ZoneGroup(messages.getMessage("zone.group." + area, null, locale), options));
		}
		return List.copyOf(groups);
	}

	private static String longer(String a, String b) {
		if (a.length() != b.length()) {
			return a.length() > b.length() ? a : b;
		}
		return a.compareTo(b) <= 0 ? a : b;
	}

	private static boolean offered(List<ZoneGroup> groups, String zoneId) {
		return groups.stream().anyMatch(g -> g.options().stream().anyMatch(o -> o.id().equals(zoneId)));
	}

}
