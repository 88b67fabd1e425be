package org.kakehashi.directory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX file, row by row through POI's SAX event API: only the
 * current row and the shared strings are in memory, never the workbook.
 */
final class XlsxRows {

	private XlsxRows() {
	}

	/** Thrown by the handler to end parsing early (e.g. after the header row). */
	private static final class Stop extends RuntimeException {

		Stop() {
			super(null, null, false, false);
		}

	}

	static void read(Path file, SpreadsheetRows.Handler handler) throws IOException {
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			StylesTable styles = reader.getStylesTable();
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				return;
			}
			try (InputStream sheet = sheets.next()) {
				long size = sheetSize(file, sheets.getSheetPart().getPartName().getName());
				SpreadsheetRows.Counting counting = new SpreadsheetRows.Counting(sheet);
				XMLReader parser = SAXHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings,
						new Rows(handler, counting, size), new DataFormatter(), false));
				parser.parse(new InputSource(counting));
			}
			catch (Stop stop) {
				// the handler has what it needs
			}
		}
		catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException ex) {
			if (ex instanceof Stop) {
				return;
			}
			// POI's words (and any runtime exception's) are for the log, not the job's
			// page
			throw new IOException("not a readable XLSX file", ex);
		}
	}

	/** The uncompressed size of the sheet, to turn bytes parsed into a percentage. */
	private static long sheetSize(Path file, String partName) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			var entry = zip.getEntry(partName.startsWith("/") ? partName.substring(1) : partName);
			return entry == null ? -1 : entry.getSize();
		}
	}

	private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final SpreadsheetRows.Handler handler;

		private final SpreadsheetRows.Counting counting;

		private final long size;

		private final List<String> cells = new ArrayList<>();

		Rows(SpreadsheetRows.Handler handler, SpreadsheetRows.Counting counting, long size) {
			this.handler = handler;
			this.counting = counting;
			this.size = size;
		}

		@Override
		public void startRow(int rowNum) {
			cells.clear();
		}

		@Override
		public void endRow(int rowNum) {
			if (cells.stream().allMatch(String::isBlank)) {
				return;
			}
			// progress as a share of the compressed file is unknowable; report the
			// sheet's own bytes
			long read = size > 0 ? counting.count : -1;
			if (!handler.row(rowNum + 1L, List.copyOf(cells), read)) {
				throw new Stop();
			}
		}

		@Override
		public void cell(String reference, String formattedValue, XSSFComment comment) {
			int col = reference == null ? cells.size() : new CellReference(reference).getCol();
			while (cells.size() < col) {
				cells.add("");
			}
			cells.add(formattedValue == null ? "" : formattedValue);
		}

	}

	/** The sheet's uncompressed size in bytes, or -1. */
	static long size(Path file) throws IOException {
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
			if (!sheets.hasNext()) {
				return -1;
			}
			sheets.next().close();
			return sheetSize(file, sheets.getSheetPart().getPartName().getName());
		}
		catch (OpenXML4JException | RuntimeException ex) {
			throw new IOException("not a readable XLSX file", ex);
		}
	}

}
