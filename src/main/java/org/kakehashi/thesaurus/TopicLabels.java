package org.kakehashi.thesaurus;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Shows topics in the reader's language: a thesaurus concept id becomes its preferred
 * label; a free keyword stays as written. Templates call it as
 * {@code @topics.label(id, #locale)}; forms offer {@link #choices} to pick from.
 */
@Component("topics")
public class TopicLabels {

	private final ThesaurusService thesaurus;

	TopicLabels(ThesaurusService thesaurus) {
		this.thesaurus = thesaurus;
	}

	public String label(String topic, Locale locale) {
		return thesaurus.current().concept(topic).map(c -> c.preferredLabel(locale.getLanguage())).orElse(topic);
	}

	/** Whether {@code topic} is a concept id of the vocabulary in use. */
	public boolean isConcept(String topic) {
		return thesaurus.current().concept(topic).isPresent();
	}

	/**
	 * The concepts a form offers, by group and then by label in the reader's language;
	 * with {@code query}, only those with a label in any language (or the id) containing
	 * it, so that 細胞治療 finds cell therapy on a German page too.
	 */
	public List<TopicChoice> choices(@Nullable String query, Locale locale) {
		String lang = locale.getLanguage();
		return thesaurus.find(query, null, lang)
			.stream()
			.map(c -> new TopicChoice(c.id(), c.preferredLabel(lang), c.group()))
			.sorted(Comparator.comparing(TopicChoice::group))
			.toList();
	}

}
