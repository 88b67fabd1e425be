package org.kakehashi.requests;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where an entry-portal request stands. submitted → forwarded → accepted | declined → in
 * progress → introductions made → closed. The home cluster may also accept or decline a
 * submitted request itself instead of forwarding it.
 */
public enum RequestState {

	SUBMITTED, FORWARDED, ACCEPTED, DECLINED, IN_PROGRESS, INTRODUCTIONS_MADE, CLOSED;

	/** Waiting for a first response; a service-level clock is running. */
	public static final Set<RequestState> OPEN = Set.copyOf(EnumSet.of(SUBMITTED, FORWARDED));

	/** Accepted and being worked on. */
	public static final Set<RequestState> ACTIVE = Set.copyOf(EnumSet.of(ACCEPTED, IN_PROGRESS, INTRODUCTIONS_MADE));

	/** Nothing more happens, except the requester's feedback on a closed request. */
	public static final Set<RequestState> FINISHED = Set.copyOf(EnumSet.of(DECLINED, CLOSED));

	/** States that count as handled for the agreements' commitments. */
	public static final Set<RequestState> HANDLED = Set.copyOf(EnumSet.of(INTRODUCTIONS_MADE, CLOSED));

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public boolean isOpen() {
		return OPEN.contains(this);
	}

	public boolean isActive() {
		return ACTIVE.contains(this);
	}

	public boolean isFinished() {
		return FINISHED.contains(this);
	}

	public static RequestState fromCode(String code) {
		return Arrays.stream(values())
			.filter(s -> s.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown request state '" + code + "'"));
	}

}
