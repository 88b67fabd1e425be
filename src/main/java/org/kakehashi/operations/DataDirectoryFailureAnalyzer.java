package org.kakehashi.operations;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Start-up ends with the sentence of {@link DataDirectoryException}, not its stack trace.
 */
class DataDirectoryFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set KAKEHASHI_DATA_DIR to a writable directory with free space, or free space in " + cause.directory()
						+ ".",
				cause);
	}

}
