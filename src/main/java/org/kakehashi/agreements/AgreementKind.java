package org.kakehashi.agreements;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** What sort of instrument an agreement is. */
public enum AgreementKind {

	MEMORANDUM_OF_UNDERSTANDING, LETTER_OF_INTENT, COOPERATION_AGREEMENT, PROGRAMME_PARTICIPATION;

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static AgreementKind fromCode(String code) {
		return Arrays.stream(values())
			.filter(k -> k.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown agreement kind '" + code + "'"));
	}

}
