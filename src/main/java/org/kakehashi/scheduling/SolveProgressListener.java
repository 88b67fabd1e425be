package org.kakehashi.scheduling;

/**
 * Live progress of a solve, for the web UI. Called from the solving thread, a few times a
 * second at most, so implementations must be quick (e.g. store into a volatile field).
 */
@FunctionalInterface
public interface SolveProgressListener {

	SolveProgressListener NONE = (fraction, placed) -> {
	};

	/**
	 * @param fractionDone 0..1, the share of the time budget used (1 when finished)
	 * @param bestPlaced meetings placed in the best schedule so far
	 */
	void onProgress(double fractionDone, int bestPlaced);

	/**
	 * Polled during the solve; returning true stops it early with the best schedule so
	 * far.
	 */
	default boolean cancelRequested() {
		return false;
	}

}
