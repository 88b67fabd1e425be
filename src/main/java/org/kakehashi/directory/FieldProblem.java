package org.kakehashi.directory;

/** One invalid field, with a message a person can act on. */
public record FieldProblem(String field, String message) {
}
