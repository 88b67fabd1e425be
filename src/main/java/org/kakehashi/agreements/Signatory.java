package org.kakehashi.agreements;

import org.jspecify.annotations.Nullable;

/**
 * A person who signed or witnessed an agreement, by their public function (no contact
 * data).
 *
 * @param partyId the party they signed for, or null for witnesses from outside the
 * parties
 */
public record Signatory(String name, @Nullable String function, @Nullable String partyId, Capacity capacity) {

	public enum Capacity {

		SIGNATORY, WITNESS

	}

}
