package org.kakehashi.requests.api;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kakehashi.requests.RequestMessage;
import org.kakehashi.requests.RequesterVisibility;

/**
 * A message of a request's thread; {@code author} is null while the reader may not see
 * who wrote it (see {@link RequesterVisibility}).
 */
record MessageJson(long id, @Nullable String author, String body, Instant postedAt,
		List<RequestMessage.Attachment> attachments) {

	static MessageJson of(RequestMessage m, RequesterVisibility who) {
		return new MessageJson(m.id(), who.hides(m.author()) ? null : m.author(), m.body(), m.postedAt(),
				m.attachments());
	}

}
