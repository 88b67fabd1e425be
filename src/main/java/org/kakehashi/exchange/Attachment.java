package org.kakehashi.exchange;

import java.time.Instant;

/**
 * A file attached to a post. The file is stored under a random name so the uploader's
 * file name never becomes a path.
 */
public record Attachment(long id, long postId, String fileName, String storedName, String contentType, long size,
		String uploadedBy, Instant uploadedAt) {
}
