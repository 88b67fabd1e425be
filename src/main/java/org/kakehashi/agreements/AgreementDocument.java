package org.kakehashi.agreements;

import java.time.Instant;

/**
 * A document uploaded to an agreement (the signed PDF, a translation). The file is stored
 * under a random name; {@code fileName} is what the uploader called it, for display and
 * download only.
 */
public record AgreementDocument(String id, String agreementId, String fileName, String contentType, long size,
		String sha256, String uploadedBy, Instant uploadedAt) {
}
