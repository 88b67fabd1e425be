package org.kakehashi.exchange;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.CurrentUser;

/**
 * An expression of interest as one reader may see it: who is interested is left out
 * (null) until {@link ExpressionOfInterest#namedFor} says this reader may know, so no
 * page, API answer or export can show a name by forgetting to hide it.
 *
 * @param named whether the interested person and organisation are shown to this reader
 * @param mine whether the reader is the interested person (who alone may consent)
 */
public record InterestView(long id, long opportunityId, String interestedClusterId, @Nullable String interestedUsername,
		@Nullable String interestedOrganizationId, String message, InterestState state, boolean ownerConsent,
		boolean interestedConsent, boolean named, boolean mine, Instant createdAt, long version) {

	public static InterestView of(ExpressionOfInterest i, CurrentUser reader) {
		boolean named = i.namedFor(reader);
		return new InterestView(i.id(), i.opportunityId(), i.interestedClusterId(),
				named ? i.interestedUsername() : null, named ? i.interestedOrganizationId() : null, i.message(),
				i.state(), i.ownerConsent(), i.interestedConsent(), named,
				i.interestedUsername().equals(reader.username()), i.createdAt(), i.version());
	}

	public boolean revealed() {
		return state == InterestState.REVEALED;
	}

}
