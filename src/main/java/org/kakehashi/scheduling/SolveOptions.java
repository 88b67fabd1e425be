package org.kakehashi.scheduling;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How to solve.
 *
 * @param seed all randomness comes from this seed
 * @param timeLimit wall-clock budget; the solver stops earlier once it stops improving
 * @param maxIterations cap on placement-search iterations (gap compaction then still runs
 * to convergence); a run whose search ends on this cap or by converging, before 85 % of
 * the time limit, is fully deterministic for its seed
 * @param pinned organiser-pinned assignments: kept exactly (slot and table), never moved
 * @param previous a published schedule to stay close to after late changes: its meetings
 * keep slot and table unless moving them lets more (or more important) meetings in
 * @param progress live progress and cancellation
 */
public record SolveOptions(long seed, Duration timeLimit, long maxIterations, List<Assignment> pinned,
		@Nullable Schedule previous, SolveProgressListener progress) {

	public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

	public SolveOptions {
		if (timeLimit == null || timeLimit.isNegative()) {
			throw new IllegalArgumentException("time limit must be zero or positive");
		}
		if (maxIterations <= 0) {
			throw new IllegalArgumentException("max iterations must be positive");
		}
		pinned = List.copyOf(pinned == null ? List.of() : pinned);
		progress = progress == null ? SolveProgressListener.NONE : progress;
	}

	public static SolveOptions defaults() {
		return new SolveOptions(0, DEFAULT_TIME_LIMIT, Long.MAX_VALUE, List.of(), null, SolveProgressListener.NONE);
	}

	public SolveOptions withSeed(long newSeed) {
		return new SolveOptions(newSeed, timeLimit, maxIterations, pinned, previous, progress);
	}

	public SolveOptions withTimeLimit(Duration limit) {
		return new SolveOptions(seed, limit, maxIterations, pinned, previous, progress);
	}

	public SolveOptions withMaxIterations(long cap) {
		return new SolveOptions(seed, timeLimit, cap, pinned, previous, progress);
	}

	public SolveOptions withPinned(List<Assignment> pins) {
		return new SolveOptions(seed, timeLimit, maxIterations, pins, previous, progress);
	}

	public SolveOptions withPrevious(@Nullable Schedule published) {
		return new SolveOptions(seed, timeLimit, maxIterations, pinned, published, progress);
	}

	public SolveOptions withProgress(SolveProgressListener listener) {
		return new SolveOptions(seed, timeLimit, maxIterations, pinned, previous, listener);
	}
}
