package org.kakehashi.reports;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where an outcome came from. */
public enum OutcomeSource {

	MEETING, REQUEST, OPPORTUNITY, OTHER;

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static OutcomeSource fromCode(String code) {
		return Arrays.stream(values())
			.filter(k -> k.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown outcome source '" + code + "'"));
	}

}
