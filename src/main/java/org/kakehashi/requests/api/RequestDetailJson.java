package org.kakehashi.requests.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;
import org.kakehashi.requests.Introduction;
import org.kakehashi.requests.RequestState;
import org.kakehashi.requests.RequestTransition;
import org.kakehashi.requests.RequesterVisibility;

/** One request with its history (every transition) and the organisations introduced. */
record RequestDetailJson(@JsonUnwrapped RequestJson request, List<Step> history, List<Introduction> introductions) {

	/**
	 * One step of the history; {@code actor} is null while the reader may not see who
	 * took it.
	 */
	record Step(String action, @Nullable RequestState from, RequestState to, @Nullable String actor, Instant at,
			@Nullable String detail) {

		static Step of(RequestTransition t, RequesterVisibility who) {
			return new Step(t.action(), t.from(), t.to(), who.hides(t.actor()) ? null : t.actor(), t.at(), t.detail());
		}

	}

}
