package org.kakehashi.requests.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.kakehashi.requests.EntryRequest;
import org.kakehashi.requests.Feedback;
import org.kakehashi.requests.RequestClocks;
import org.kakehashi.requests.RequestOutcome;
import org.kakehashi.requests.RequestState;
import org.kakehashi.requests.RequestStep;
import org.kakehashi.requests.RequestType;

/**
 * A request as the API shows it to one of its parties, with the steps the caller may
 * take. While {@code requesterConcealed}, the requesting organisation and the person who
 * filed it are null (a request born of an expression of interest, read by the partner
 * cluster before both sides consented).
 */
record RequestJson(String id, @Schema(implementation = RequestType.class) String type, String title, String description,
		@Nullable String requesterOrganization, @Nullable String filedBy, boolean requesterConcealed,
		String homeCluster, String targetCluster, @Nullable String partnerCluster, @Nullable String agreement,
		@Schema(implementation = RequestState.class) String state, Instant submittedAt, @Nullable String declineReason,
		@Schema(implementation = RequestOutcome.class) @Nullable String outcome, @Nullable Feedback feedback,
		@Nullable String assignee, @Nullable ServiceLevel serviceLevel, List<String> allowedActions, long version) {

	/** The running first-response clock: who must answer by when, and how it stands. */
	record ServiceLevel(String respondingCluster, Instant dueAt, String lastDay, String zone, String status) {
	}

	static RequestJson of(EntryRequest r, RequestClocks.@Nullable ClockView clock, Set<RequestStep.Action> allowed,
			boolean requesterHidden) {
		ServiceLevel sl = clock == null ? null : new ServiceLevel(clock.cluster(), clock.dueAt(),
				clock.lastDay().toString(), clock.zone(), clock.status().code());
		return new RequestJson(r.id(), r.type().code(), r.title(), r.description(),
				requesterHidden ? null : r.requesterOrganization(), requesterHidden ? null : r.filedBy(),
				requesterHidden, r.homeCluster(), r.targetCluster(), r.partnerCluster(), r.agreementId(),
				r.state().code(), r.homeClock().startedAt(), r.declineReason(),
				r.outcome() == null ? null : r.outcome().code(), r.feedback(), r.assignee(), sl,
				allowed.stream().map(RequestStep.Action::code).sorted().toList(), r.version());
	}

}
