package org.kakehashi.requests;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How an entry-portal request ended, recorded when it is closed: the request outcome, not
 * the outcome of the cooperation that reports count.
 */
public enum RequestOutcome {

	MEETING_HELD, PARTNERSHIP, INFORMATION_GIVEN, NO_FIT;

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static RequestOutcome fromCode(String code) {
		return Arrays.stream(values())
			.filter(o -> o.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown outcome '" + code + "'"));
	}

}
