package org.kakehashi.directory.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.kakehashi.thesaurus.TopicChoice;
import org.kakehashi.thesaurus.TopicLabels;

/**
 * The organisation form's topic picker: the thesaurus concepts in their groups (only
 * those matching the search, when there is one) as boxes labelled in the reader's
 * language, and apart from them the chosen topics the groups do not show, so that a
 * search never drops a ticked topic.
 *
 * @param groups the groups to show, each open when searched or holding a chosen topic
 * @param elsewhere chosen topics outside {@code groups}: concepts the search hides, and
 * the organisation's own keywords from an import, shown as written
 */
record TopicPickerView(List<TopicGroup> groups, List<TopicChoice> elsewhere) {

	/**
	 * Groups in the order a cluster manager describes a member: what it treats, with
	 * what, how; groups added later follow.
	 */
	static final List<String> GROUP_ORDER = List.of("therapeutic-area", "modality", "technology", "service", "industry",
			"interest");

	/** One group of concepts, e.g. all modalities. */
	record TopicGroup(String group, List<TopicChoice> choices, int chosen, boolean open) {
	}

	/**
	 * @param chosen the topics ticked on the form
	 * @param kept the organisation's present topics: keywords among them that are no
	 * concept stay choosable (unknown codes are left out and refused on saving)
	 */
	static TopicPickerView of(TopicLabels topics, Collection<String> chosen, Collection<String> kept,
			@Nullable String query, Locale locale) {
		List<String> ticked = chosen.stream().filter(t -> t != null && !t.isBlank()).distinct().toList();
		boolean searching = query != null && !query.isBlank();
		Map<String, List<TopicChoice>> byGroup = new TreeMap<>(
				Comparator.<String>comparingInt(TopicPickerView::rank).thenComparing(Comparator.naturalOrder()));
		for (TopicChoice c : topics.choices(query, locale)) {
			byGroup.computeIfAbsent(c.group(), g -> new ArrayList<>()).add(c);
		}
		List<TopicGroup> groups = new ArrayList<>();
		List<String> shown = new ArrayList<>();
		byGroup.forEach((group, choices) -> {
			int n = (int) choices.stream().filter(c -> ticked.contains(c.code())).count();
			groups.add(new TopicGroup(group, choices, n, searching || n > 0));
			choices.forEach(c -> shown.add(c.code()));
		});
		Set<String> inGroups = Set.copyOf(shown);
		List<TopicChoice> elsewhere = new ArrayList<>();
		for (String t : ticked) {
			if (inGroups.contains(t)) {
				continue;
			}
			if (topics.isConcept(t)) {
				elsewhere.add(new TopicChoice(t, topics.label(t, locale), ""));
			}
			else if (kept.contains(t)) {
				elsewhere.add(new TopicChoice(t, t, ""));
			}
		}
		return new TopicPickerView(groups, elsewhere);
	}

	private static int rank(String group) {
		int i = GROUP_ORDER.indexOf(group);
		return i < 0 ? GROUP_ORDER.size() : i;
	}

}
