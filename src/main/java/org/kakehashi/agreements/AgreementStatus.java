package org.kakehashi.agreements;

import java.util.Locale;
import java.util.Set;

/** Where an agreement stands in its lifecycle on a given day. */
public enum AgreementStatus {

	DRAFT, SIGNED, ACTIVE, EXPIRING, EXPIRED, RENEWED;

	/** States in which the agreement's commitments are in force. */
	public static final Set<AgreementStatus> IN_FORCE = Set.of(ACTIVE, EXPIRING);

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
