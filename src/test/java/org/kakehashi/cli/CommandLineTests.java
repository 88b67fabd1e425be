package org.kakehashi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kakehashi.KakehashiApplication;

/** The command-line shape of docs/interfaces.md, for the cases that need no database. */
class CommandLineTests {

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void importWithoutAFileExplainsUsageWithExitCode2() {
		int code = ImportCommand.run(KakehashiApplication.class, List.of("organizations"), print(out), print(err));

		assertThat(code).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: import organizations FILE.jsonl");
	}

	@Test
	void importOfAMissingFileFailsWithExitCode2() {
		int code = ImportCommand.run(KakehashiApplication.class, List.of("organizations", "/no/such/file.jsonl"),
				print(out), print(err));

		assertThat(code).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read /no/such/file.jsonl");
	}

	@Test
	void importReportsEachRejectedLineAndTheSummary(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("orgs.jsonl");
		String id = "cli-" + System.nanoTime();
		Files.writeString(file, "{\"id\": \"" + id
				+ "\", \"kind\": \"company\", \"cluster\": \"lsn\", \"name\": {\"de\": \"CLI GmbH\"}}\n{broken\n");

		int code = ImportCommand.run(KakehashiApplication.class, List.of("organizations", file.toString()), print(out),
				print(err));

		assertThat(code).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("line 2: invalid JSON")
			.contains("2 lines: 1 created, 0 updated, 1 rejected");
	}

	private static PrintStream print(ByteArrayOutputStream bytes) {
		return new PrintStream(bytes, true, StandardCharsets.UTF_8);
	}

}
