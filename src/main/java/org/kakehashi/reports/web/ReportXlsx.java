package org.kakehashi.reports.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The figures behind every chart and table of a report as a workbook: one sheet per table
 * (numbers as numbers, so they can be charted again) and one with the commitments' states
 * per year. String cells in XLSX are never formulas, so labels need no neutralising.
 */
@Component
class ReportXlsx {

	byte[] render(ReportView view) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (ReportTable table : view.tables()) {
				Sheet sheet = workbook.createSheet(sheetName(workbook, table.title()));
				Row title = sheet.createRow(0);
				title.createCell(0).setCellValue(view.title() + " — " + view.period());
				Row head = sheet.createRow(2);
				head.createCell(0).setCellValue(table.title());
				for (int c = 0; c < table.columns().size(); c++) {
					head.createCell(c + 1).setCellValue(table.columns().get(c));
				}
				int r = 3;
				for (ReportTable.Row row : table.rows()) {
					Row line = sheet.createRow(r++);
					line.createCell(0).setCellValue(row.label());
					for (int c = 0; c < row.values().size(); c++) {
						line.createCell(c + 1).setCellValue(row.values().get(c));
					}
				}
				sheet.setColumnWidth(0, 60 * 256);
			}
			ReportView.CommitmentMatrix m = view.commitments();
			Sheet sheet = workbook.createSheet(sheetName(workbook, m.title()));
			Row head = sheet.createRow(0);
			head.createCell(0).setCellValue(m.header());
			for (int c = 0; c < m.years().size(); c++) {
				head.createCell(c + 1).setCellValue(m.years().get(c));
			}
			int r = 1;
			for (ReportView.CommitmentMatrix.Line line : m.lines()) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(line.text());
				List<String> states = line.states();
				for (int c = 0; c < states.size(); c++) {
					row.createCell(c + 1).setCellValue(states.get(c));
				}
			}
			sheet.setColumnWidth(0, 80 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A unique, valid sheet name (at most 31 characters, no []:*?/\). */
	private static String sheetName(XSSFWorkbook workbook, String title) {
		String base = WorkbookUtil.createSafeSheetName(title);
		String name = base;
		for (int i = 2; workbook.getSheet(name) != null; i++) {
			String suffix = " " + i;
			name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
		}
		return name;
	}

}
