package org.kakehashi.exchange;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** The five profile types partners know from the Enterprise Europe Network. */
public enum OpportunityType {

	TECHNOLOGY_OFFER("technology-offer"), TECHNOLOGY_REQUEST("technology-request"), BUSINESS_OFFER("business-offer"),
	BUSINESS_REQUEST("business-request"), RD_REQUEST("rd-request");

	private final String code;

	OpportunityType(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return code;
	}

	public static OpportunityType fromCode(String code) {
		return Arrays.stream(values())
			.filter(t -> t.code.equals(code.toLowerCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown opportunity type '" + code + "'"));
	}

}
