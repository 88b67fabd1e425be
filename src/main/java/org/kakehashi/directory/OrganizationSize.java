package org.kakehashi.directory;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Head-count class of an organisation (micro &lt; 10, small &lt; 50, medium &lt; 250,
 * large).
 */
public enum OrganizationSize {

	MICRO, SMALL, MEDIUM, LARGE;

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	@JsonCreator
	public static OrganizationSize fromCode(String code) {
		return Arrays.stream(values())
			.filter(k -> k.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"unknown size '" + code + "' (allowed: micro, small, medium, large)"));
	}

}
