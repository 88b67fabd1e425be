package org.kakehashi.exchange.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.kakehashi.exchange.Opportunity;
import org.kakehashi.shared.LocalizedText;
import org.kakehashi.thesaurus.Thesaurus;
import org.springframework.stereotype.Component;

/**
 * The text filter of the opportunity list until the search module indexes opportunities:
 * a query matches the text of every stored language, and words the thesaurus knows are
 * widened to their labels in German, English and Japanese, so "Antikörper" finds a
 * profile written as "抗体".
 */
@Component
public class OpportunitySearch {

	private final Thesaurus thesaurus = Thesaurus.loadDefault();

	/** The normalized strings any of which a matching opportunity contains. */
	public Set<String> needles(String query) {
		Set<String> needles = new LinkedHashSet<>();
		String whole = Thesaurus.normalize(query);
		if (whole.isEmpty()) {
			return needles;
		}
		needles.add(whole);
		Stream.concat(Stream.of(whole), Stream.of(whole.split(" ")))
			.filter(term -> term.length() >= 2)
			.forEach(term -> {
				needles.addAll(labels(term));
			});
		return needles;
	}

	public boolean matches(Opportunity o, Set<String> needles) {
		if (needles.isEmpty()) {
			return true;
		}
		String haystack = haystack(o);
		return needles.stream().anyMatch(haystack::contains);
	}

	private Set<String> labels(String term) {
		return Stream.concat(thesaurus.conceptIdsForLabel(term).stream(), Stream.of(term))
			.flatMap(id -> thesaurus.concept(id).stream())
			.flatMap(c -> c.labels().values().stream().flatMap(List::stream))
			.map(Thesaurus::normalize)
			.filter(l -> l.length() >= 2)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private String haystack(Opportunity o) {
		Stream<String> texts = Stream.of(o.titles(), o.summaries(), o.partnerSought())
			.map(LocalizedText::values)
			.flatMap(m -> m.values().stream());
		Stream<String> keywords = o.keywords().stream().flatMap(k -> Stream.concat(Stream.of(k), labels(k).stream()));
		return Stream.concat(texts, keywords).map(Thesaurus::normalize).collect(Collectors.joining(" | "));
	}

}
