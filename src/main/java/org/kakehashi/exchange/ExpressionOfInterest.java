package org.kakehashi.exchange;

import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.Role;
import org.kakehashi.shared.WrongStateException;

/**
 * A member's interest in another cluster's opportunity. It travels through the interested
 * member's cluster to the owner's cluster; neither side learns the other's name until
 * both agree: the owner's side by {@link #accept()}, the interested side by
 * {@link #consent()} (or when expressing it).
 */
public record ExpressionOfInterest(long id, long opportunityId, String interestedUsername, String interestedClusterId,
		@Nullable String interestedOrganizationId, String message, InterestState state, boolean ownerConsent,
		boolean interestedConsent, Instant createdAt, long version) {

	/** The owner's side agrees to be named and to talk. */
	public ExpressionOfInterest accept() {
		if (!InterestState.OPEN.contains(state)) {
			throw new WrongStateException(state.name().toLowerCase(Locale.ROOT),
					"an interest that is " + state + " cannot be accepted");
		}
		return with(true, interestedConsent);
	}

	/** The interested side agrees to be named. */
	public ExpressionOfInterest consent() {
		if (state == InterestState.DECLINED) {
			throw new WrongStateException("declined", "a declined interest cannot be revealed");
		}
		return with(ownerConsent, true);
	}

	/** The owner's side is not interested; nobody is named. */
	public ExpressionOfInterest decline() {
		if (!InterestState.OPEN.contains(state)) {
			throw new WrongStateException(state.name().toLowerCase(Locale.ROOT),
					"an interest that is " + state + " cannot be declined");
		}
		return new ExpressionOfInterest(id, opportunityId, interestedUsername, interestedClusterId,
				interestedOrganizationId, message, InterestState.DECLINED, ownerConsent, interestedConsent, createdAt,
				version);
	}

	/** Both sides agreed: each may see the other's name. */
	public boolean revealed() {
		return state == InterestState.REVEALED;
	}

	/**
	 * The one rule for showing who is interested, used by pages, the API and everything
	 * else that shows an interest: everybody once both sides agreed; before that only the
	 * interested side (the person and their own cluster's managers, through whom the
	 * interest travels). Administrators are not a side and read it anonymously too.
	 */
	public boolean namedFor(CurrentUser reader) {
		return revealed() || interestedUsername.equals(reader.username())
				|| (reader.role() == Role.CLUSTER_MANAGER && interestedClusterId.equals(reader.clusterId()));
	}

	private ExpressionOfInterest with(boolean owner, boolean interested) {
		InterestState next = owner && interested ? InterestState.REVEALED
				: owner ? InterestState.ACCEPTED : InterestState.EXPRESSED;
		return new ExpressionOfInterest(id, opportunityId, interestedUsername, interestedClusterId,
				interestedOrganizationId, message, next, owner, interested, createdAt, version);
	}

	/**
	 * A new interest, with or without the interested side's consent to be named right
	 * away.
	 */
	public static ExpressionOfInterest expressed(long opportunityId, String username, String cluster,
			@Nullable String organization, String message, boolean consent, Instant at) {
		return new ExpressionOfInterest(0, opportunityId, username, cluster, organization, message,
				InterestState.EXPRESSED, false, consent, at, 0);
	}

}
