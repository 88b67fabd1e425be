package org.kakehashi.reports;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What came of a cooperation: the steps funders ask about, from "nothing yet" to a site
 * or subsidiary established in the partner region.
 */
public enum OutcomeKind {

	NOTHING_YET, NDA, MTA, LICENCE, CO_DEVELOPMENT,
	/** Joint research or a joint funding application. */
	JOINT_RESEARCH,
	/** Supply or distribution agreement. */
	SUPPLY_DISTRIBUTION, INVESTMENT,
	/** A site or subsidiary established in the partner region. */
	SITE_ESTABLISHED;

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static OutcomeKind fromCode(String code) {
		return Arrays.stream(values())
			.filter(k -> k.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown outcome kind '" + code + "'"));
	}

}
