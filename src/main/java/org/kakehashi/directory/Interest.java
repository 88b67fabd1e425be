package org.kakehashi.directory;

import java.util.List;

/** Partnering interests an organisation declares (import contract values). */
public final class Interest {

	public static final List<String> ALL = List.of("licensing", "co-development", "research-collaboration",
			"contract-services", "distribution", "market-entry", "investment", "other");

	private Interest() {
	}

	public static String check(String code) {
		if (!ALL.contains(code)) {
			throw new IllegalArgumentException(
					"unknown interest '" + code + "' (allowed: " + String.join(", ", ALL) + ")");
		}
		return code;
	}

	static List<String> checkAll(List<String> codes) {
		return codes.stream().map(Interest::check).distinct().toList();
	}

}
