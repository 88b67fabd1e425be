package org.kakehashi.events;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Who meets as one party: a member (person of a member organisation), a cluster manager,
 * a delegation a manager registered as one party, or a guest the organisers registered
 * without an account.
 */
public enum ParticipantKind {

	MEMBER, MANAGER, DELEGATION, GUEST;

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static ParticipantKind fromCode(String code) {
		return Arrays.stream(values())
			.filter(k -> k.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown participant kind '" + code + "'"));
	}

}
