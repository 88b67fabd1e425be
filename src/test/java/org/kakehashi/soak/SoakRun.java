package org.kakehashi.soak;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.kakehashi.soak.SoakSampler.Sample;

/**
 * A whole soak: drives the mix for the given time, prints one CSV line per sampling
 * interval and a summary, and judges the run. Shared by the benchmark (hours, a separate
 * process) and the short test in the suite (minutes, same JVM).
 */
final class SoakRun {

	/** The verdict of a run, with what the summary printed. */
	record Result(long requests, double rate, long serverErrors, List<Sample> samples, List<String> problems) {

		boolean passed() {
			return problems.isEmpty();
		}

	}

	private final SoakTarget target;

	private final int rate;

	private final Duration sampleEvery;

	private final SoakMix mix;

	private final SoakSampler sampler;

	private final LongSupplier mails;

	private final PrintStream out;

	SoakRun(SoakTarget target, int rate, Duration sampleEvery, SoakMix mix, Runnable fullGc, LongSupplier mails,
			PrintStream out) {
		this.target = target;
		this.rate = rate;
		this.sampleEvery = sampleEvery;
		this.mix = mix;
		this.sampler = new SoakSampler(target, fullGc);
		this.mails = mails;
		this.out = out;
	}

	Result run(Duration duration) {
		SoakEvent.prepare(target, Clock.systemUTC());
		SoakStats stats = new SoakStats();
		SoakDriver driver = new SoakDriver(target, rate, mix, stats);
		List<Sample> samples = new ArrayList<>();
		long start = System.nanoTime();
		out.println(Sample.HEADER + ",server_error_urls");
		ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
		clock.scheduleAtFixedRate(() -> {
			Sample s = sampler.sample((System.nanoTime() - start) / 1_000_000_000L, stats, mails.getAsLong());
			synchronized (samples) {
				samples.add(s);
			}
			out.println(s.csv() + ",\"" + stats.serverErrorsByUrl() + "\"");
		}, sampleEvery.toNanos(), sampleEvery.toNanos(), TimeUnit.NANOSECONDS);
		driver.run(duration);
		clock.shutdown();
		awaitQuietly(clock);
		Sample last = sampler.sample((System.nanoTime() - start) / 1_000_000_000L, stats, mails.getAsLong());
		samples.add(last);
		out.println(last.csv() + ",\"" + stats.serverErrorsByUrl() + "\"");
		double seconds = (System.nanoTime() - start) / 1e9;
		Result result = judge(stats, samples, seconds);
		summary(result, stats, driver, seconds);
		return result;
	}

	private Result judge(SoakStats stats, List<Sample> samples, double seconds) {
		List<String> problems = new ArrayList<>();
		if (stats.serverErrors() > 0) {
			problems.add(stats.serverErrors() + " responses >= 500 or without answer: " + stats.serverErrorsByUrl());
		}
		if (samples.size() >= 2) {
			Sample first = samples.get(0);
			Sample last = samples.get(samples.size() - 1);
			grew(problems, "live heap after GC (MB)", first.liveHeapMb(), last.liveHeapMb(), 0.10, 0);
			grew(problems, "live threads", first.threads(), last.threads(), 0.10, 2);
			grew(problems, "open files", first.openFiles(), last.openFiles(), 0.10, 2);
			grew(problems, "pool connections (active + idle)", first.hikariActive() + first.hikariIdle(),
					last.hikariActive() + last.hikariIdle(), 0, 0);
		}
		return new Result(stats.requests(), stats.requests() / seconds, stats.serverErrors(), samples, problems);
	}

	/** Growth beyond {@code share} of the first value plus {@code slack} is a problem. */
	private static void grew(List<String> problems, String what, double first, double last, double share,
			double slack) {
		if (first >= 0 && last >= 0 && last > first * (1 + share) + slack) {
			problems.add(what + " grew from " + first + " to " + last);
		}
	}

	private void summary(Result r, SoakStats stats, SoakDriver driver, double seconds) {
		out.println();
		out.printf(Locale.ROOT, "Soak summary: %d requests in %.0f s = %.1f requests/s (target %d)%n", r.requests(),
				seconds, r.rate(), rate);
		out.println("responses >= 500 (or no answer): " + r.serverErrors() + " " + stats.serverErrorsByUrl());
		out.println("sign-ins refused: " + driver.signInFailures() + ", driver errors: " + driver.driverErrors());
		if (!r.samples().isEmpty()) {
			Sample first = r.samples().get(0);
			Sample last = r.samples().get(r.samples().size() - 1);
			out.printf(Locale.ROOT,
					"first vs last sample: live heap after GC %.1f -> %.1f MB (%+.1f %%), heap used after GC %.1f -> %.1f MB, threads %.0f -> %.0f, "
							+ "pool active+idle %.0f -> %.0f, connections created %.0f -> %.0f, open files %.0f -> %.0f%n",
					first.liveHeapMb(), last.liveHeapMb(),
					100 * (last.liveHeapMb() - first.liveHeapMb()) / first.liveHeapMb(), first.heapAfterGcMb(),
					last.heapAfterGcMb(), first.threads(), last.threads(), first.hikariActive() + first.hikariIdle(),
					last.hikariActive() + last.hikariIdle(), first.connectionsCreated(), last.connectionsCreated(),
					first.openFiles(), last.openFiles());
			out.println("mails received: " + last.mails());
		}
		out.println("per action: responses 2xx/3xx, 4xx, >= 500; form posts answered with the form (refused input)");
		stats.outcomesByAction()
			.forEach((action, o) -> out.printf("  %-32s %7d %7d %7d %7d%n", action, o.ok(), o.clientErrors(),
					o.serverErrors(), o.formsRefused()));
		out.println(r.passed() ? "PASSED" : "FAILED: " + String.join("; ", r.problems()));
	}

	private static void awaitQuietly(ScheduledExecutorService clock) {
		try {
			clock.awaitTermination(2, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
