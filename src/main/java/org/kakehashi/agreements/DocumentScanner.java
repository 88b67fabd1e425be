package org.kakehashi.agreements;

import java.nio.file.Path;

/**
 * The virus-scan hook for uploaded documents. Every upload is handed to the scanner after
 * it is stored and checked to be a PDF, and before anyone can download it; an upload
 * found infected is deleted and refused. Provide a bean of this type (e.g. calling
 * ClamAV's {@code clamd}) to scan; without one, a default that only logs is used, so
 * operators see that nothing is scanned.
 */
public interface DocumentScanner {

	Verdict scan(Path file, String originalName);

	enum Verdict {

		CLEAN, INFECTED

	}

}
