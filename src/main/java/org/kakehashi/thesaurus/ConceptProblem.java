package org.kakehashi.thesaurus;

/** Why a concept addition was refused: the field and the reason. */
public record ConceptProblem(String field, String message) {
}
