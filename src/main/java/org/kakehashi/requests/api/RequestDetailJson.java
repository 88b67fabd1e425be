package org.kakehashi.requests.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.kakehashi.requests.Introduction;
import org.kakehashi.requests.RequestTransition;

/** One request with its history (every transition) and the organisations introduced. */
record RequestDetailJson(@JsonUnwrapped RequestJson request, List<RequestTransition> history,
		List<Introduction> introductions) {
}
