package org.kakehashi.requests;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a request ended, recorded when it is closed. */
public enum Outcome {

	MEETING_HELD, PARTNERSHIP, INFORMATION_GIVEN, NO_FIT;

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Outcome fromCode(String code) {
		return Arrays.stream(values())
			.filter(o -> o.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown outcome '" + code + "'"));
	}

}
