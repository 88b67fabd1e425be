package org.kakehashi.agreements;

/**
 * A renewal of {@code predecessorId} was recorded as {@code agreementId} (a draft until
 * it is signed).
 */
public record AgreementRenewed(String agreementId, String predecessorId) {
}
