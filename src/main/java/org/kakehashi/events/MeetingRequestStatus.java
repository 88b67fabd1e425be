package org.kakehashi.events;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a meeting request stands. Meetings are opt-in: only an accepted request is
 * scheduled. Pending requests can be accepted, declined or withdrawn; accepted ones can
 * be cancelled.
 */
public enum MeetingRequestStatus {

	PENDING, ACCEPTED, DECLINED, WITHDRAWN, CANCELLED;

	/** States in which the request still takes part in the event. */
	public static final Set<MeetingRequestStatus> OPEN = Set.of(PENDING, ACCEPTED);

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static MeetingRequestStatus fromCode(String code) {
		return Arrays.stream(values())
			.filter(k -> k.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown meeting request status '" + code + "'"));
	}

}
