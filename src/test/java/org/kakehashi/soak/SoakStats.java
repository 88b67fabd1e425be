package org.kakehashi.soak;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the driver saw: every response counted, server errors (status >= 500) and
 * transport failures (no answer) named by URL, latencies kept per sampling window for
 * p50/p99, and per action how many exchanges ended 2xx/3xx, 4xx or 5xx so a reader can
 * tell writes really happened.
 */
final class SoakStats {

	/**
	 * Outcome counts of one action; {@code formsRefused} counts form posts answered with
	 * the form again (validation errors) rather than a redirect.
	 */
	record Outcomes(long ok, long clientErrors, long serverErrors, long formsRefused) {
	}

	/** Latency percentiles of one window, in milliseconds. */
	record Window(long requests, double p50, double p99) {
	}

	private final AtomicLong requests = new AtomicLong();

	private final AtomicLong serverErrors = new AtomicLong();

	private final AtomicLong failures = new AtomicLong();

	private final Map<String, LongAdder> serverErrorsByUrl = new ConcurrentSkipListMap<>();

	private final Map<String, LongAdder[]> byAction = new ConcurrentHashMap<>();

	private final List<Long> window = new ArrayList<>();

	private final Map<String, LongAdder> formsRefused = new ConcurrentHashMap<>();

	void formRefused(String action) {
		formsRefused.computeIfAbsent(action, a -> new LongAdder()).increment();
	}

	void record(String action, String method, String path, int status, long nanos) {
		requests.incrementAndGet();
		LongAdder[] counts = byAction.computeIfAbsent(action,
				a -> new LongAdder[] { new LongAdder(), new LongAdder(), new LongAdder() });
		counts[status >= 500 ? 2 : status >= 400 ? 1 : 0].increment();
		if (status >= 500) {
			serverErrors.incrementAndGet();
			serverErrorsByUrl.computeIfAbsent(method + " " + stripQuery(path) + " " + status, k -> new LongAdder())
				.increment();
		}
		synchronized (window) {
			window.add(nanos);
		}
	}

	/** No HTTP answer at all (connection refused, reset, timeout): as bad as a 500. */
	void recordFailure(String action, String method, String path, Exception ex, long nanos) {
		requests.incrementAndGet();
		failures.incrementAndGet();
		byAction.computeIfAbsent(action, a -> new LongAdder[] { new LongAdder(), new LongAdder(), new LongAdder() })[2]
			.increment();
		serverErrorsByUrl
			.computeIfAbsent(method + " " + stripQuery(path) + " " + ex.getClass().getSimpleName(),
					k -> new LongAdder())
			.increment();
		synchronized (window) {
			window.add(nanos);
		}
	}

	/** The latencies since the last call, and forgets them. */
	Window drainWindow() {
		long[] sorted;
		synchronized (window) {
			sorted = window.stream().mapToLong(Long::longValue).toArray();
			window.clear();
		}
		Arrays.sort(sorted);
		return new Window(sorted.length, percentile(sorted, 0.50), percentile(sorted, 0.99));
	}

	private static double percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		int i = (int) Math.ceil(p * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1_000_000.0;
	}

	long requests() {
		return requests.get();
	}

	/** Responses with status >= 500 plus requests that got no answer. */
	long serverErrors() {
		return serverErrors.get() + failures.get();
	}

	Map<String, Long> serverErrorsByUrl() {
		Map<String, Long> copy = new TreeMap<>();
		serverErrorsByUrl.forEach((k, v) -> copy.put(k, v.sum()));
		return copy;
	}

	Map<String, Outcomes> outcomesByAction() {
		Map<String, Outcomes> copy = new TreeMap<>();
		byAction.forEach((k, v) -> copy.put(k,
				new Outcomes(v[0].sum(), v[1].sum(), v[2].sum(), formsRefused.getOrDefault(k, new LongAdder()).sum())));
		return copy;
	}

	private static String stripQuery(String path) {
		int q = path.indexOf('?');
		return q < 0 ? path : path.substring(0, q);
	}

}
