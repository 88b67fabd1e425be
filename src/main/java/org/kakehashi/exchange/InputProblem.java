package org.kakehashi.exchange;

/**
 * One invalid field of a post, comment, opportunity or attachment, with a message for the
 * API.
 */
public record InputProblem(String field, String message) {
}
