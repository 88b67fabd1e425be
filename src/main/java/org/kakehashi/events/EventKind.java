package org.kakehashi.events;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** What sort of event it is. */
public enum EventKind {

	PARTNERING_CONFERENCE, DELEGATION_TRIP, MUTUAL_VISIT, ONLINE_PARTNERING;

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static EventKind fromCode(String code) {
		return Arrays.stream(values())
			.filter(k -> k.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown event kind '" + code + "'"));
	}

}
