package org.kakehashi.directory.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.kakehashi.FuzzInputs;
import org.kakehashi.directory.ImportFields;
import org.kakehashi.directory.ImportFormat;
import org.kakehashi.directory.ImportReport;
import org.kakehashi.directory.OrganizationDocument;
import org.kakehashi.directory.OrganizationRules;
import org.kakehashi.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The importers fuzzed with Jazzer (ADR 0017): JSON Lines, CSV and XLSX bytes go through
 * the readers an import job runs, in the job's order (header at upload, size and rows at
 * start), and every row through the organisation rules, without a database. The only
 * refusals allowed are the documented ones: a line problem with a reason that names no
 * Java type, a rule violation, or an {@link IOException} for a file that cannot be read
 * at all. Any other exception, a hang or running out of memory is a finding.
 * <p>
 * {@code ./mvnw test} runs each target on its inputs in
 * {@code ImportFuzzTestsInputs/<target>} (the seeds and every finding so far);
 * {@code ./bench/run jazzer} fuzzes one for millions of executions.
 */
class ImportFuzzTests {

	private static final Path FILE = tempFile();

	@FuzzTest(maxDuration = "5s")
	void jsonLines(byte[] data) throws IOException {
		RuleChecks rows = new RuleChecks(data);

		long bytes = OrganizationImporter.readLines(new ByteArrayInputStream(data), rows);

		assertThat(bytes).isEqualTo(data.length);
	}

	@FuzzTest(maxDuration = "5s")
	void csv(byte[] data) throws IOException {
		spreadsheet(data, ImportFormat.CSV);
	}

	@FuzzTest(maxDuration = "5s")
	void xlsx(byte[] data) throws IOException {
		spreadsheet(data, ImportFormat.XLSX);
	}

	@Test
	void mutatedJsonLinesAreReadOrRefused() {
		FuzzInputs.run(ImportFuzzTests.class, "jsonLines", 200, this::jsonLines);
	}

	@Test
	void mutatedCsvFilesAreReadOrRefused() {
		FuzzInputs.run(ImportFuzzTests.class, "csv", 200, this::csv);
	}

	@Test
	void mutatedXlsxFilesAreReadOrRefused() {
		FuzzInputs.run(ImportFuzzTests.class, "xlsx", 200, this::xlsx);
	}

	/** As {@code ImportJobs}: upload (header), start (size), run (rows). */
	private static void spreadsheet(byte[] data, ImportFormat format) throws IOException {
		Files.write(FILE, data);
		List<String> header;
		try {
			header = SpreadsheetRows.header(FILE, format);
		}
		catch (IOException ex) {
			return; // refused at upload: the file cannot be read
		}
		if (header.isEmpty()) {
			return; // refused at upload: no header row
		}
		try {
			SpreadsheetRows.size(FILE, format);
		}
		catch (IOException ex) {
			return; // the job fails: the file is not there (any more)
		}
		RuleChecks rows = new RuleChecks(data);
		try {
			SpreadsheetImporter.readRows(FILE, format, mapping(header), "biom", rows);
		}
		catch (IOException ex) {
			rows.readable(ex.getMessage()); // the job fails with this message
		}
	}

	/**
	 * What the mapping page proposes for a header it knows, and the export's column order
	 * for the rest, so every cell reaches a rule.
	 */
	private static Map<Integer, String> mapping(List<String> header) {
		Map<Integer, String> mapping = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String guess = ImportFields.guess(header.get(i));
			mapping.put(i, guess != null ? guess : ImportFields.ALL.get(i % ImportFields.ALL.size()));
		}
		return mapping;
	}

	/** Checks each row as {@link ImportSession} does, without writing it. */
	private static final class RuleChecks implements ImportSink {

		private final String input;

		RuleChecks(byte[] data) {
			this.input = new String(data, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
		}

		@Override
		public void skip(long row) {
		}

		@Override
		public void accept(long row, OrganizationDocument doc, long bytesRead) {
			try {
				OrganizationRules.toOrganization(doc, 0);
			}
			catch (IllegalArgumentException | InvalidInputException ex) {
				readable(ex.getMessage());
			}
		}

		@Override
		public void reject(ImportReport.LineProblem problem) {
			readable(problem.reason());
		}

		/**
		 * A reason for the report: present, and naming no Java type the input did not.
		 */
		private void readable(@Nullable String reason) {
			assertThat(reason).as("the reason a row is refused").isNotBlank();
			// the input's own words come back in reasons, lowercased where the rules do
			for (String java : List.of("java.", "exception", "jackson", "apache")) {
				if (reason.toLowerCase(Locale.ROOT).contains(java) && !input.contains(java)) {
					throw new AssertionError("the reason names Java: " + reason);
				}
			}
		}

	}

	/**
	 * In memory where there is a tmpfs: rewriting a file on ext4 flushes it to disk on
	 * close (auto_da_alloc), which cut the executions per second about tenfold.
	 */
	private static Path tempFile() {
		Path shm = Path.of("/dev/shm");
		try {
			Path file = Files.isDirectory(shm) && Files.isWritable(shm)
					? Files.createTempFile(shm, "kakehashi-import-fuzz-", ".bin")
					: Files.createTempFile("kakehashi-import-fuzz-", ".bin");
			file.toFile().deleteOnExit();
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
