package org.kakehashi.directory.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kakehashi.directory.ImportFields;
import org.kakehashi.directory.ImportFormat;
import org.kakehashi.directory.ImportProgress;
import org.kakehashi.directory.ImportReport;
import org.kakehashi.shared.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Imports CSV and XLSX files: each row after the header becomes a contract document
 * through the user's column mapping and goes into the same {@link ImportSession} as JSON
 * Lines, so the rules and the report are the same, with the spreadsheet's row numbers.
 */
@Component
public class SpreadsheetImporter {

	private final OrganizationImporter importer;

	SpreadsheetImporter(OrganizationImporter importer) {
		this.importer = importer;
	}

	public List<String> header(Path file, ImportFormat format) throws IOException {
		return SpreadsheetRows.header(file, format);
	}

	public long size(Path file, ImportFormat format) throws IOException {
		return SpreadsheetRows.size(file, format);
	}

	/**
	 * @param mapping field (of {@link ImportFields#ALL}) per column index; unmapped
	 * columns are ignored
	 * @param defaultCluster the cluster of rows that name none
	 */
	public ImportReport importRows(CurrentUser user, Path file, ImportFormat format, Map<Integer, String> mapping,
			@Nullable String defaultCluster, ImportProgress progress) throws IOException {
		ImportSession session = importer.session(user, progress);
		return session.finish(readRows(file, format, mapping, defaultCluster, session));
	}

	/**
	 * Reads the rows after the header into {@code sink} as documents; returns the bytes
	 * read.
	 */
	static long readRows(Path file, ImportFormat format, Map<Integer, String> mapping, @Nullable String defaultCluster,
			ImportSink sink) throws IOException {
		long[] bytes = { 0 };
		boolean[] header = { true };
		SpreadsheetRows.read(file, format, (number, cells, read) -> {
			bytes[0] = read;
			if (header[0]) {
				header[0] = false;
			}
			else if (cells.stream().allMatch(String::isBlank)) {
				sink.skip(number);
			}
			else {
				sink.accept(number, ImportFields.toDocument(cells, mapping, defaultCluster), read);
			}
			return true;
		});
		return bytes[0];
	}

}
