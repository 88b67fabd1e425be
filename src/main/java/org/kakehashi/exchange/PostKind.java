package org.kakehashi.exchange;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a post is about; the kinds the agreements name as things partners inform each
 * other of.
 */
public enum PostKind {

	REGIONAL_UPDATE, TECHNOLOGY, INDUSTRY_DEVELOPMENT, ACADEMIC_POTENTIAL, BEST_PRACTICE, BUSINESS_OPPORTUNITY,
	EVENT_ANNOUNCEMENT;

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static PostKind fromCode(String code) {
		return Arrays.stream(values())
			.filter(k -> k.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown post kind '" + code + "'"));
	}

}
