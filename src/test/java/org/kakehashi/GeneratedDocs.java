package org.kakehashi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Documents in {@code docs/} that the code generates: a test compares the checked-in file
 * with what the code says now and, run with {@code -Dkakehashi.write-docs=true}, rewrites
 * it (that run still fails once, showing the difference it wrote).
 */
public final class GeneratedDocs {

	private GeneratedDocs() {
	}

	public static void assertUpToDate(Path file, String wanted, String testClass) throws IOException {
		String checkedIn = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
		if (Boolean.getBoolean("kakehashi.write-docs")) {
			Files.writeString(file, wanted, StandardCharsets.UTF_8);
		}
		assertThat(checkedIn)
			.as("%s is out of date; regenerate: ./mvnw test -Dtest=%s -Dkakehashi.write-docs=true", file, testClass)
			.isEqualTo(wanted);
	}

}
