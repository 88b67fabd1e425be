package org.kakehashi.agreements;

import java.util.List;

/**
 * An agreement was signed: its parties are partners from now on (see
 * {@link AgreementService#partnersOf}).
 */
public record AgreementSigned(String agreementId, List<String> parties) {
}
