package org.kakehashi.agreements;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What an agreement's commitment promises. All kinds but {@link #FREE_TEXT} have a rule
 * the system can check against its own records (meetings held, updates posted, requests
 * handled).
 */
public enum CommitmentKind {

	MEETINGS, REGULAR_UPDATES, PARTNER_PROMOTION, SME_MARKET_ENTRY, TECHNOLOGY_TRANSFER, JOINT_PROJECTS, FREE_TEXT;

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public boolean checkedByHand() {
		return this == FREE_TEXT;
	}

	public static CommitmentKind fromCode(String code) {
		return Arrays.stream(values())
			.filter(k -> k.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown commitment kind '" + code + "'"));
	}

}
