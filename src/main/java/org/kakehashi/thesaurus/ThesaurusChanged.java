package org.kakehashi.thesaurus;

/**
 * Administrators changed the vocabulary; {@link ThesaurusService#current()} already
 * reflects it.
 */
public record ThesaurusChanged(int concepts) {
}
