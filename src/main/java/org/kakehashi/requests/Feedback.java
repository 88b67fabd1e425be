package org.kakehashi.requests;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The requester's verdict on a closed request: 1 (useless) to 5 (excellent), with a
 * comment.
 */
public record Feedback(int rating, @Nullable String comment, String author, Instant at) {

	public Feedback {
		if (rating < 1 || rating > 5) {
			throw new IllegalArgumentException("a rating is between 1 and 5");
		}
		Objects.requireNonNull(author, "author");
		Objects.requireNonNull(at, "at");
		comment = comment == null || comment.isBlank() ? null : comment.strip();
	}

}
