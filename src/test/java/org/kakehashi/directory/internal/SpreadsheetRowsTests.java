package org.kakehashi.directory.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kakehashi.directory.ImportFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpreadsheetRowsTests {

	@TempDir
	Path dir;

	@Test
	void aCsvWhoseQuoteIsNeverClosedFailsNamingTheLineItOpensOnAfterTheRowsBeforeIt() throws IOException {
		Path file = write("members.csv", "id,kind,name.en\na,company,A\n\"open,company,x\nb,company,B\n");
		List<Long> rows = new ArrayList<>();

		assertThatThrownBy(() -> SpreadsheetRows.read(file, ImportFormat.CSV, (n, cells, bytes) -> rows.add(n)))
			.isInstanceOf(IOException.class)
			.hasMessage("CSV line 3 is malformed: a quoted field is not closed, "
					+ "or other characters follow its closing quote");
		assertThat(rows).containsExactly(1L, 2L);
	}

	@Test
	void aCsvWithTextAfterAClosingQuoteFailsNamingThatLine() throws IOException {
		Path file = write("members.csv", "id;kind\n\"a\"b;company\n");

		assertThatThrownBy(() -> SpreadsheetRows.read(file, ImportFormat.CSV, (n, cells, bytes) -> true))
			.isInstanceOf(IOException.class)
			.hasMessageStartingWith("CSV line 2 is malformed");
	}

	@Test
	void anXlsxThatIsNoWorkbookFailsWithoutTheParsersWords() throws IOException {
		Path file = write("members.xlsx", "PK\u0003\u0004 not really a zip file");

		assertThatThrownBy(() -> SpreadsheetRows.read(file, ImportFormat.XLSX, (n, cells, bytes) -> true))
			.isInstanceOf(IOException.class)
			.hasMessage("not a readable XLSX file");
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
	}

}
