package org.kakehashi.requests;

import java.util.Objects;

/** A file uploaded with a message, before its type and size are checked. */
public record NewAttachment(String fileName, byte[] content) {

	public NewAttachment {
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(content, "content");
	}

}
