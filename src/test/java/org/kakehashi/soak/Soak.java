package org.kakehashi.soak;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The soak's entry for the benchmark ({@code ./bench/run soak}, in src/bench), which
 * starts the application as a separate process and hands it over here; the short test
 * uses {@link SoakRun} directly.
 */
public final class Soak {

	private Soak() {
	}

	/**
	 * Drives the mix against {@code base} and prints CSV lines and a summary to
	 * {@code out}.
	 * @param periodicEvery how often the scheduler runs and the import happen (the index
	 * rebuild every second time)
	 * @param fullGc runs a full collection in the application before each heap reading
	 * @return whether the run passed: no responses >= 500, no growth beyond the limits
	 */
	public static boolean run(URI base, String adminPassword, String adminApiKey, int rate, Duration duration,
			Duration sampleEvery, Duration periodicEvery, Runnable fullGc, LongSupplier mails, PrintStream out) {
		SoakRun run = new SoakRun(new SoakTarget(base, adminPassword, adminApiKey), rate, sampleEvery,
				new SoakMix(SoakMix.standardPeriodic(periodicEvery)), fullGc, mails, out);
		return run.run(duration).passed();
	}

}
