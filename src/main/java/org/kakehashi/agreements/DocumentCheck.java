package org.kakehashi.agreements;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.FileSignatures;

/**
 * Whether an upload is a PDF we accept: not empty, not larger than allowed, declared as
 * {@code application/pdf} and really starting with {@code %PDF-} (the declared type alone
 * is whatever the browser or script claims).
 */
public final class DocumentCheck {

	private DocumentCheck() {
	}

	/**
	 * The problem code ({@code empty}, {@code too-large}, {@code not-pdf}), or empty when
	 * acceptable.
	 */
	public static Optional<String> problem(@Nullable String contentType, long size, long maxSize, byte[] head) {
		if (size <= 0) {
			return Optional.of("empty");
		}
		if (size > maxSize) {
			return Optional.of("too-large");
		}
		if (!FileSignatures.mediaType(contentType).equals("application/pdf")) {
			return Optional.of("not-pdf");
		}
		if (!FileSignatures.isPdf(head)) {
			return Optional.of("not-pdf");
		}
		return Optional.empty();
	}

}
