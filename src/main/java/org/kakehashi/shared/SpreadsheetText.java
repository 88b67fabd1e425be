package org.kakehashi.shared;

/**
 * Text cells that are safe to open in Excel or LibreOffice. A CSV cell beginning with
 * {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return is taken as a
 * formula by spreadsheets, so an organisation named {@code =HYPERLINK(...)} would run for
 * whoever opens the export (OWASP, "CSV Injection"). Every CSV the application writes
 * passes its cells through {@link #neutralised}, which prefixes a single quote; the CSV
 * import undoes it with {@link #restored}, so an exported file still imports to the same
 * text. A cell that already begins with a quote gets a second one, which keeps the round
 * trip exact. XLSX needs none of this: its string cells are never formulas.
 */
public final class SpreadsheetText {

	private SpreadsheetText() {
	}

	/** {@code text} as a CSV cell no spreadsheet evaluates. */
	public static String neutralised(String text) {
		return text.isEmpty() || !(triggers(text.charAt(0)) || text.charAt(0) == '\'') ? text : "'" + text;
	}

	/** The text a {@link #neutralised} cell stands for; other cells unchanged. */
	public static String restored(String cell) {
		if (cell.length() > 1 && cell.charAt(0) == '\'' && (triggers(cell.charAt(1)) || cell.charAt(1) == '\'')) {
			return cell.substring(1);
		}
		return cell;
	}

	private static boolean triggers(char c) {
		return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
	}

}
