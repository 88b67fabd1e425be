package org.kakehashi.agreements;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether a commitment is kept in a period (docs/interfaces.md): {@code met},
 * {@code at-risk} (the period is not over and the records lag behind), {@code missed}
 * (the period is over without enough records), {@code open} (not decided yet, or nothing
 * to check it against) and {@code manual} (checked by hand).
 */
public enum CommitmentState {

	MET, AT_RISK, MISSED, OPEN, MANUAL;

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static CommitmentState fromCode(String code) {
		for (CommitmentState s : values()) {
			if (s.code().equals(code)) {
				return s;
			}
		}
		throw new IllegalArgumentException("unknown commitment state '" + code + "'");
	}

}
