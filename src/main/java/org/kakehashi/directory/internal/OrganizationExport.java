package org.kakehashi.directory.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.kakehashi.directory.ImportFields;
import org.kakehashi.directory.ImportFormat;
import org.kakehashi.directory.OrganizationDocument;
import org.kakehashi.shared.SpreadsheetText;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes organisations as JSON Lines (the contract), CSV or XLSX (the columns of
 * {@link ImportFields#ALL}, so a file imports again unchanged; CSV cells that a
 * spreadsheet would run as formulas are quoted by {@link SpreadsheetText}). All three
 * stream: JSONL and CSV straight to the response, XLSX through SXSSF, which keeps only a
 * window of rows in memory.
 */
@Component
public class OrganizationExport {

	private static final int XLSX_WINDOW = 100;

	/**
	 * Absent values are left out, as in the contract's example, rather than written as
	 * null.
	 */
	private final JsonMapper json = JsonMapper.builder()
		.changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	/** Calls {@code source} with a sink for the documents, then finishes the file. */
	public void write(ImportFormat format, OutputStream out, Consumer<Consumer<OrganizationDocument>> source)
			throws IOException {
		switch (format) {
			case JSONL -> jsonl(out, source);
			case CSV -> csv(out, source);
			case XLSX -> xlsx(out, source);
		}
	}

	private void jsonl(OutputStream out, Consumer<Consumer<OrganizationDocument>> source) throws IOException {
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		source.accept(doc -> unchecked(() -> {
			writer.write(json.writeValueAsString(withoutVersion(doc)));
			writer.write('\n');
		}));
		writer.flush();
	}

	private static void csv(OutputStream out, Consumer<Consumer<OrganizationDocument>> source) throws IOException {
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		writer.write('\uFEFF'); // so that Excel reads UTF-8
		CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
		printer.printRecord(ImportFields.ALL);
		source.accept(doc -> unchecked(() -> printer
			.printRecord(ImportFields.toRow(doc).stream().map(SpreadsheetText::neutralised).toList())));
		printer.flush();
	}

	private static void xlsx(OutputStream out, Consumer<Consumer<OrganizationDocument>> source) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_WINDOW);
		workbook.setCompressTempFiles(true);
		try {
			SXSSFSheet sheet = workbook.createSheet("organizations");
			row(sheet, 0, ImportFields.ALL);
			int[] next = { 1 };
			source.accept(doc -> row(sheet, next[0]++, ImportFields.toRow(doc)));
			workbook.write(out);
		}
		finally {
			workbook.close();
			workbook.dispose();
		}
	}

	private static void row(SXSSFSheet sheet, int index, List<String> cells) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < cells.size(); i++) {
			if (!cells.get(i).isEmpty()) {
				row.createCell(i).setCellValue(cells.get(i));
			}
		}
	}

	/** The version is for API edits; an export file is an import file. */
	private static OrganizationDocument withoutVersion(OrganizationDocument d) {
		return new OrganizationDocument(d.id(), d.kind(), d.country(), d.city(), d.cluster(), d.size(), d.name(),
				d.description(), d.topics(), d.interests(), d.website(), d.contacts(), null);
	}

	private interface IoAction {

		void run() throws IOException;

	}

	private static void unchecked(IoAction action) {
		try {
			action.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
