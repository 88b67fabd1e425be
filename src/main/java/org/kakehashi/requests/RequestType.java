package org.kakehashi.requests;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a member asks its cluster for; the codes are the API's ({@code market-entry},
 * ...).
 */
public enum RequestType {

	MARKET_ENTRY, PARTNER_SEARCH, REGULATORY_INFORMATION, SITE_SEARCH, EVENT_SUPPORT, TECHNOLOGY_TRANSFER, OTHER;

	/** Types that count toward an agreement's "SME market-entry support" commitment. */
	public static final Set<RequestType> SME_MARKET_ENTRY = Set.of(MARKET_ENTRY, PARTNER_SEARCH, SITE_SEARCH,
			REGULATORY_INFORMATION);

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static RequestType fromCode(String code) {
		return Arrays.stream(values())
			.filter(t -> t.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown request type '" + code + "'"));
	}

}
