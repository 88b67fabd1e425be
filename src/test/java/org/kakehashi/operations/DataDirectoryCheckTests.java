package org.kakehashi.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** An unusable data directory ends start-up with one sentence that names it. */
class DataDirectoryCheckTests {

	@TempDir
	Path temp;

	@Test
	void aWritableDirectoryIsCreatedAndAccepted() {
		Path dir = temp.resolve("data/nested");

		DataDirectoryCheck.check(dir);

		assertThat(dir).isDirectory().isEmptyDirectory();
	}

	@Test
	void aDirectoryThatCannotBeCreatedIsNamed() throws IOException {
		Path file = Files.writeString(temp.resolve("occupied"), "a file where the directory should be");

		assertThatThrownBy(() -> DataDirectoryCheck.check(file.resolve("data")))
			.isInstanceOf(DataDirectoryException.class)
			.hasMessageContaining(file.resolve("data").toString())
			.hasMessageContaining("cannot be created")
			.hasMessageContaining("KAKEHASHI_DATA_DIR");
	}

	@Test
	void theFailureAnalysisIsTheSentenceWithoutAStackTrace() throws IOException {
		Path file = Files.writeString(temp.resolve("occupied"), "x");
		DataDirectoryException failure = new DataDirectoryException(file, "it is not writable (AccessDenied)");

		FailureAnalysis analysis = new DataDirectoryFailureAnalyzer().analyze(new IllegalStateException(failure));

		assertThat(analysis.getDescription()).contains(file.toString()).doesNotContain("\n");
		assertThat(analysis.getAction()).contains("KAKEHASHI_DATA_DIR");
	}

}
