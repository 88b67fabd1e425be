package org.kakehashi.directory.internal;

import org.kakehashi.directory.ImportReport;
import org.kakehashi.directory.OrganizationDocument;

/**
 * Where a reader of any format (JSON Lines, CSV, XLSX) hands what it read, row by row:
 * {@link ImportSession} checks and writes it. Apart, so the readers run (and are fuzzed)
 * without a database.
 */
interface ImportSink {

	/** A row that carries nothing (a blank line). */
	void skip(long row);

	/** A row read as a document, {@code bytesRead} into the file. */
	void accept(long row, OrganizationDocument doc, long bytesRead);

	/** A row that could not be read as a document at all. */
	void reject(ImportReport.LineProblem problem);

}
