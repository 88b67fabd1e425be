package org.kakehashi.requests;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An entry-portal request: a member organisation asks its home cluster for help in a
 * partner region. The aggregate guards its state machine; every step returns the changed
 * request (the value is immutable) or throws {@link IllegalTransitionException}. Who may
 * take a step is decided by {@link RequestAccess}, not here.
 *
 * @param targetCluster the partner cluster the requester wants to reach
 * @param partnerCluster the cluster it was forwarded to, or null while at (or answered
 * by) home
 * @param agreementId the agreement it was forwarded under
 */
public record EntryRequest(String id, RequestType type, String title, String description, String requesterOrganization,
		String filedBy, String homeCluster, String targetCluster, @Nullable String partnerCluster,
		@Nullable String agreementId, RequestState state, ServiceClock homeClock, @Nullable ServiceClock partnerClock,
		@Nullable String declineReason, @Nullable RequestOutcome outcome, @Nullable Feedback feedback,
		@Nullable String assignee, long version) {

	public static final int MAX_TITLE = 200;

	public static final int MAX_DESCRIPTION = 8000;

	public EntryRequest {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(homeClock, "homeClock");
		if (title.isBlank() || title.length() > MAX_TITLE) {
			throw new IllegalArgumentException("a title has 1 to " + MAX_TITLE + " characters");
		}
		if (description.isBlank() || description.length() > MAX_DESCRIPTION) {
			throw new IllegalArgumentException("a description has 1 to " + MAX_DESCRIPTION + " characters");
		}
		if (homeCluster.equals(targetCluster)) {
			throw new IllegalArgumentException("the target cluster is a partner, not the home cluster");
		}
	}

	/** A new request, waiting for its home cluster's first response. */
	public static EntryRequest file(String id, RequestType type, String title, String description,
			String requesterOrganization, String filedBy, String homeCluster, String targetCluster,
			ServiceClock homeClock) {
		return new EntryRequest(id, type, title.strip(), description.strip(), requesterOrganization, filedBy,
				homeCluster, targetCluster, null, null, RequestState.SUBMITTED, homeClock, null, null, null, null, null,
				0);
	}

	/** The home cluster passes the request on to a partner, whose own clock starts. */
	public EntryRequest forward(String partner, String agreement, ServiceClock partnerClock) {
		require(Set.of(RequestState.SUBMITTED), "forwarded");
		if (partner.equals(homeCluster)) {
			throw new IllegalArgumentException("a request is forwarded to a partner cluster, not home");
		}
		return new EntryRequest(id, type, title, description, requesterOrganization, filedBy, homeCluster,
				targetCluster, partner, agreement, RequestState.FORWARDED, homeClock.stop(partnerClock.startedAt()),
				partnerClock, null, null, null, null, version);
	}

	/**
	 * The responding cluster takes the request on (home answering itself, or the
	 * partner).
	 */
	public EntryRequest accept(Instant at) {
		require(RequestState.OPEN, "accepted");
		return responded(RequestState.ACCEPTED, at, null);
	}

	/** The responding cluster turns the request down, saying why. */
	public EntryRequest decline(String reason, Instant at) {
		require(RequestState.OPEN, "declined");
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("a decline needs a reason");
		}
		return responded(RequestState.DECLINED, at, reason.strip());
	}

	public EntryRequest start() {
		require(Set.of(RequestState.ACCEPTED), "started");
		return withState(RequestState.IN_PROGRESS);
	}

	/** Introductions were made; more may follow while the request is worked on. */
	public EntryRequest introduce() {
		require(Set.of(RequestState.IN_PROGRESS, RequestState.INTRODUCTIONS_MADE), "given introductions");
		return withState(RequestState.INTRODUCTIONS_MADE);
	}

	public EntryRequest close(RequestOutcome result) {
		require(Set.of(RequestState.IN_PROGRESS, RequestState.INTRODUCTIONS_MADE), "closed");
		return new EntryRequest(id, type, title, description, requesterOrganization, filedBy, homeCluster,
				targetCluster, partnerCluster, agreementId, RequestState.CLOSED, homeClock, partnerClock, declineReason,
				Objects.requireNonNull(result, "outcome"), feedback, assignee, version);
	}

	/** The requester's feedback, once, on a closed request. */
	public EntryRequest feedback(Feedback given) {
		require(Set.of(RequestState.CLOSED), "given feedback");
		if (feedback != null) {
			throw new IllegalTransitionException(state, "given feedback twice");
		}
		return new EntryRequest(id, type, title, description, requesterOrganization, filedBy, homeCluster,
				targetCluster, partnerCluster, agreementId, state, homeClock, partnerClock, declineReason, outcome,
				given, assignee, version);
	}

	/** Names the manager who looks after the request in the acting cluster. */
	public EntryRequest assign(String manager) {
		if (state.isFinished()) {
			throw new IllegalTransitionException(state, "assigned");
		}
		return new EntryRequest(id, type, title, description, requesterOrganization, filedBy, homeCluster,
				targetCluster, partnerCluster, agreementId, state, homeClock, partnerClock, declineReason, outcome,
				feedback, manager, version);
	}

	/** The cluster whose first response is awaited, or null when no clock runs. */
	public @Nullable String respondingCluster() {
		return switch (state) {
			case SUBMITTED -> homeCluster;
			case FORWARDED -> partnerCluster;
			default -> null;
		};
	}

	/**
	 * The cluster that acts on the request now: the partner once forwarded, else home.
	 */
	public String actingCluster() {
		return partnerCluster != null ? partnerCluster : homeCluster;
	}

	/** The clock that is running, or null. */
	public @Nullable ServiceClock runningClock() {
		return switch (state) {
			case SUBMITTED -> homeClock;
			case FORWARDED -> partnerClock;
			default -> null;
		};
	}

	private EntryRequest responded(RequestState next, Instant at, @Nullable String reason) {
		boolean home = state == RequestState.SUBMITTED;
		return new EntryRequest(id, type, title, description, requesterOrganization, filedBy, homeCluster,
				targetCluster, partnerCluster, agreementId, next, home ? homeClock.stop(at) : homeClock,
				home || partnerClock == null ? partnerClock : partnerClock.stop(at), reason, outcome, feedback,
				assignee, version);
	}

	private EntryRequest withState(RequestState next) {
		return new EntryRequest(id, type, title, description, requesterOrganization, filedBy, homeCluster,
				targetCluster, partnerCluster, agreementId, next, homeClock, partnerClock, declineReason, outcome,
				feedback, assignee, version);
	}

	private void require(Set<RequestState> allowed, String action) {
		if (!allowed.contains(state)) {
			throw new IllegalTransitionException(state, action);
		}
	}

}
