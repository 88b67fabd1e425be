package org.kakehashi.exchange;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** How far a technology is, in the steps EEN technology profiles use. */
public enum DevelopmentStage {

	CONCEPT, UNDER_DEVELOPMENT, PROTOTYPE, FIELD_TESTED, ON_MARKET;

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static DevelopmentStage fromCode(String code) {
		return Arrays.stream(values())
			.filter(s -> s.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown development stage '" + code + "'"));
	}

}
