package org.kakehashi.search.engine;

/**
 * A thesaurus concept found in a text, with the span of the original text that named it.
 *
 * @param conceptId the concept's id
 * @param start offset of the first char of the mention
 * @param end offset after the last char of the mention
 * @param exact false when found only by typo tolerance or as a label inside a longer one
 */
public record ConceptMatch(String conceptId, int start, int end, boolean exact) {
}
