package org.kakehashi.scheduling;

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

class ScheduleCommandTests {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return ScheduleCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@Test
	void writesAValidScheduleAndPrintsASummary() throws IOException {
		Instance instance = Instances.random(1, 30, 80, 8, 6);
		Path in = dir.resolve("instance.json");
		SchedulingFiles.writeInstance(instance, in);
		Path outFile = dir.resolve("schedule.json");
		assertThat(run(in.toString(), "-o", outFile.toString(), "--time-limit", "1", "--seed", "3")).isZero();
		Schedule schedule = SchedulingFiles.readSchedule(outFile);
		assertThat(ScheduleValidator.validate(instance, schedule)).isEmpty();
		assertThat(out.toString(StandardCharsets.UTF_8)).matches("placed " + schedule.assignments().size()
				+ " / total 80 meetings in \\d+\\.\\d\\d s " + "\\(priority 1: \\d+/\\d+\\)\\R");
	}

	@Test
	void rejectsBadInputWithExitCodeTwoAndWritesNothing() throws IOException {
		Path in = dir.resolve("bad.json");
		Files.writeString(in, "{\"event\": \"e\", \"slots\": [], \"participants\": [{\"id\": \"p-1\"}],"
				+ " \"meetings\": [{\"id\": \"m-1\", \"participants\": [\"p-1\", \"p-2\"]}]}");
		Path outFile = dir.resolve("schedule.json");
		assertThat(run(in.toString(), "-o", outFile.toString())).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("m-1", "p-2");
		assertThat(outFile).doesNotExist();
		assertThat(run(dir.resolve("missing.json").toString(), "-o", outFile.toString())).isEqualTo(2);
		assertThat(run(in.toString())).isEqualTo(2);
		assertThat(run(in.toString(), "-o", outFile.toString(), "--time-limit", "soon")).isEqualTo(2);
		assertThat(outFile).doesNotExist();
	}

	@Test
	void failsWithExitCodeOneWhenTheScheduleCannotBeWritten() throws IOException {
		Path in = dir.resolve("instance.json");
		SchedulingFiles.writeInstance(Instances.random(1, 10, 20, 4, 4), in);
		Path notADirectory = dir.resolve("instance.json").resolve("schedule.json");
		assertThat(run(in.toString(), "-o", notADirectory.toString(), "--time-limit", "1")).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("failed");
	}

}
