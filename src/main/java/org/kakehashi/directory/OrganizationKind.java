package org.kakehashi.directory;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of organisation a directory entry is (import contract values). */
public enum OrganizationKind {

	COMPANY, ACADEMIA, CLUSTER, AUTHORITY, INVESTOR, HOSPITAL, OTHER;

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	@JsonCreator
	public static OrganizationKind fromCode(String code) {
		return Arrays.stream(values())
			.filter(k -> k.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown kind '" + code + "' (allowed: "
					+ String.join(", ", Arrays.stream(values()).map(OrganizationKind::code).toList()) + ")"));
	}

}
