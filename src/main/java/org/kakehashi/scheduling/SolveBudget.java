package org.kakehashi.scheduling;

/**
 * Time, iteration and cancellation limits of one solve, and throttled progress reports.
 * Only {@link #exhausted()} looks at the clock, so everything else stays deterministic.
 */
final class SolveBudget {

	private static final long REPORT_EVERY_NANOS = 200_000_000L;

	/**
	 * Share of the time limit the phases may use; the rest covers numbering and reasons.
	 */
	private static final double PHASES_SHARE = 0.98;

	private final long start = System.nanoTime();

	private final long limitNanos;

	private final long maxIterations;

	private final SolveProgressListener listener;

	private long iterations;

	private long lastReport = start;

	private boolean stopped;

	private String stopReason = "converged";

	SolveBudget(SolveOptions options) {
		limitNanos = options.timeLimit().toNanos();
		maxIterations = options.maxIterations();
		listener = options.progress();
	}

	/** Counts one search iteration. */
	void tick() {
		iterations++;
	}

	/**
	 * Whether the placement search must stop: the iteration cap, its share of the time
	 * limit, or {@link #exhausted()}.
	 */
	boolean searchExhausted(double timeShare) {
		if (exhausted()) {
			return true;
		}
		if (iterations >= maxIterations) {
			stopReason = "iteration cap";
			return true;
		}
		if (fraction() >= timeShare) {
			stopReason = "time limit";
			return true;
		}
		return false;
	}

	/** Whether the whole solve must stop: time limit, cancellation or interruption. */
	boolean exhausted() {
		if (stopped) {
			return true;
		}
		long now = System.nanoTime();
		if (now - start >= limitNanos * PHASES_SHARE) {
			return stop("time limit");
		}
		if (Thread.currentThread().isInterrupted() || listener.cancelRequested()) {
			return stop("cancelled");
		}
		return false;
	}

	private boolean stop(String reason) {
		stopped = true;
		stopReason = reason;
		return true;
	}

	void report(int bestPlaced) {
		long now = System.nanoTime();
		if (now - lastReport >= REPORT_EVERY_NANOS) {
			lastReport = now;
			listener.onProgress(fraction(now), bestPlaced);
		}
	}

	void finish(int bestPlaced) {
		listener.onProgress(1.0, bestPlaced);
	}

	/** Fraction of the time budget used so far. */
	double fraction() {
		return fraction(System.nanoTime());
	}

	private double fraction(long now) {
		return limitNanos == 0 ? 1.0 : Math.min(1.0, (now - start) / (double) limitNanos);
	}

	long iterations() {
		return iterations;
	}

	String stopReason() {
		return stopReason;
	}

	long elapsedNanos() {
		return System.nanoTime() - start;
	}

}
