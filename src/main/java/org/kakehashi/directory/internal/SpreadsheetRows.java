package org.kakehashi.directory.internal;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.kakehashi.directory.ImportFormat;
import org.kakehashi.shared.SpreadsheetText;

/**
 * Reads CSV and XLSX files row by row without holding the file in memory: Commons CSV
 * iterates records; XLSX goes through {@link XlsxRows} (POI's SAX event API). Row numbers
 * are the ones a spreadsheet program shows (the header is row 1).
 */
final class SpreadsheetRows {

	/** Receives each row; returns false to stop reading. */
	interface Handler {

		boolean row(long number, List<String> cells, long bytesRead);

	}

	private SpreadsheetRows() {
	}

	static void read(Path file, ImportFormat format, Handler handler) throws IOException {
		if (format == ImportFormat.XLSX) {
			XlsxRows.read(file, handler);
		}
		else {
			readCsv(file, handler);
		}
	}

	/**
	 * What the bytes passed to {@link Handler#row} count up to: the file's or the sheet's
	 * size.
	 */
	static long size(Path file, ImportFormat format) throws IOException {
		return format == ImportFormat.XLSX ? XlsxRows.size(file) : Files.size(file);
	}

	/** The first row, e.g. to offer a column mapping. */
	static List<String> header(Path file, ImportFormat format) throws IOException {
		List<String> header = new ArrayList<>();
		read(file, format, (n, cells, bytes) -> {
			header.addAll(cells);
			return false;
		});
		return header;
	}

	/**
	 * @throws IOException also for a file that is no CSV from some line on (a quote not
	 * closed, or followed by other characters): the message names the line where the
	 * record that cannot be read starts
	 */
	private static void readCsv(Path file, Handler handler) throws IOException {
		char delimiter = delimiter(file);
		try (Counting counting = new Counting(new BufferedInputStream(Files.newInputStream(file)));
				CSVParser parser = CSVFormat.DEFAULT.builder()
					.setDelimiter(delimiter)
					.setIgnoreSurroundingSpaces(true)
					.build()
					.parse(new InputStreamReader(counting, StandardCharsets.UTF_8))) {
			long[] linesRead = { 0 };
			try {
				readRecords(parser, counting, handler, linesRead);
			}
			catch (UncheckedIOException ex) {
				// Commons CSV reports malformed input while iterating, unchecked and in a
				// parser's words; the job would fail with that text
				throw new IOException("CSV line " + (linesRead[0] + 1)
						+ " is malformed: a quoted field is not closed, or other characters follow its closing quote",
						ex);
			}
		}
	}

	/**
	 * @param linesRead set to the lines read up to the end of the last record
	 */
	private static void readRecords(CSVParser parser, Counting counting, Handler handler, long[] linesRead) {
		for (CSVRecord record : parser) {
			linesRead[0] = parser.getCurrentLineNumber();
			// our CSV export quotes formula-like cells (SpreadsheetText); undo it
			List<String> cells = record.stream().map(SpreadsheetText::restored).toList();
			if (record.getRecordNumber() == 1 && !cells.isEmpty()) {
				cells = new ArrayList<>(cells);
				cells.set(0, cells.get(0).replace("\uFEFF", "")); // Excel's byte order
																	// mark
			}
			if (!handler.row(record.getRecordNumber(), cells, counting.count)) {
				return;
			}
		}
	}

	/** ';' (German Excel), tab or ',' — whichever the header line uses most. */
	private static char delimiter(Path file) throws IOException {
		String first;
		try (var lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			first = lines.readLine();
		}
		catch (java.nio.charset.MalformedInputException ex) {
			return ',';
		}
		if (first == null) {
			return ',';
		}
		long semicolons = first.chars().filter(c -> c == ';').count();
		long tabs = first.chars().filter(c -> c == '\t').count();
		long commas = first.chars().filter(c -> c == ',').count();
		return semicolons > commas && semicolons >= tabs ? ';' : tabs > commas ? '\t' : ',';
	}

	/** Counts the bytes read, for progress. */
	static final class Counting extends FilterInputStream {

		volatile long count;

		Counting(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				count += n;
			}
			return n;
		}

	}

}
