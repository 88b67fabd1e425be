package org.kakehashi.requests;

import java.time.Instant;
import java.util.List;

/** A message in a request's thread, readable by everyone who may see the request. */
public record RequestMessage(long id, String author, String body, Instant postedAt, List<Attachment> attachments) {

	public RequestMessage {
		attachments = List.copyOf(attachments);
	}

	/**
	 * A file attached to a message; stored under a random name, served only through the
	 * request.
	 */
	public record Attachment(String id, String fileName, String contentType, long size) {
	}

}
