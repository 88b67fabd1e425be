package org.kakehashi.thesaurus;

import java.util.List;

/**
 * What an import of concept additions did, with each rejected line's number and reason.
 */
public record ThesaurusImportReport(long lines, long added, long rejected, List<LineProblem> problems) {

	public record LineProblem(long line, String reason) {
	}

}
