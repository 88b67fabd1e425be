package org.kakehashi.thesaurus;

import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Shows topics in the reader's language: a thesaurus concept id becomes its preferred
 * label; a free keyword stays as written. Templates call it as
 * {@code @topics.label(id, #locale)}.
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

}
