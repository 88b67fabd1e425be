package org.kakehashi.search.engine;

import java.util.List;

/**
 * A suggested partner for an organisation, with the reasons.
 *
 * @param id import id of the suggested organisation
 * @param score strength of the suggestion, comparable within one list
 * @param name display name in the asker's language
 * @param sharedConcepts concepts both organisations work on, labelled in the asker's
 * language
 * @param complementaryInterests pairs such as {@code licensing ↔ licensing} or
 * {@code co-development ↔ contract-services} in which the two organisations' interests
 * meet
 */
public record SuggestedPartner(String id, float score, String name, List<SearchResults.MatchedConcept> sharedConcepts,
		List<String> complementaryInterests) {

	public SuggestedPartner {
		sharedConcepts = List.copyOf(sharedConcepts);
		complementaryInterests = List.copyOf(complementaryInterests);
	}

}
