package org.kakehashi.events;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What the organisers saw at the table: both came (checked in) or someone did not come.
 */
public enum Attendance {

	CHECKED_IN("checked-in"), NO_SHOW("no-show");

	private final String code;

	Attendance(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return code;
	}

	public static Attendance fromCode(String code) {
		return Arrays.stream(values())
			.filter(k -> k.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown attendance '" + code + "'"));
	}

}
