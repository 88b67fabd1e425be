package org.kakehashi.bench.search;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.kakehashi.search.engine.IndexStorage;
import org.kakehashi.search.engine.PartnerIndex;
import org.kakehashi.search.engine.SearchQuery;
import org.kakehashi.thesaurus.Concept;
import org.kakehashi.thesaurus.Thesaurus;

/**
 * Index build time and query latency under concurrent clients on a memory-mapped on-disk
 * index, as in production. Clients run a closed loop without think time, the worst case for
 * latency on a small machine.
 */
final class PerformanceRun {

	private final Thesaurus thesaurus;

	private final int orgs;

	private final int clients;

	private final int seconds;

	private final java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();

	/** CPU time of the client threads alone: what a query costs, without GC and JIT. */
	private final AtomicLong searchCpu = new AtomicLong();

	private final AtomicLong matches = new AtomicLong();

	PerformanceRun(Thesaurus thesaurus, int orgs, int clients, int seconds) {
		this.thesaurus = thesaurus;
		this.orgs = orgs;
		this.clients = clients;
		this.seconds = seconds;
	}

	String run() throws Exception {
		Path dir = Files.createTempDirectory("partner-index-bench");
		StringBuilder out = new StringBuilder("## Performance\n\n");
		AtomicLong peakHeap = new AtomicLong();
		AtomicBoolean sampling = new AtomicBoolean(true);
		Thread sampler = Thread.ofPlatform().daemon().start(() -> {
			while (sampling.get()) {
				peakHeap.accumulateAndGet(heapUsed(), Math::max);
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		try (PartnerIndex index = PartnerIndex.open(IndexStorage.onDisk(dir), thesaurus)) {
			long start = System.nanoTime();
			long indexed = index.rebuild(new SyntheticDirectory(42, orgs, thesaurus), orgs, (d, t) -> {
			}).get();
			double buildSeconds = (System.nanoTime() - start) / 1e9;
			out.append(String.format("- index build: %,d organisations in %.1f s (%,.0f orgs/s), on-disk size %,d MB%n",
					indexed, buildSeconds, indexed / buildSeconds, size(dir) / (1024 * 1024)));
			List<SearchQuery> queries = queries(new SplittableRandom(7), 5000);
			measure(index, queries, 8, false); // warm-up, with and without facets
			measure(index, queries.stream().map(SearchQuery::withoutFacets).toList(), 4, false);
			System.gc();
			long afterBuild = heapUsed();
			for (boolean facets : new boolean[] { true, false }) {
				List<SearchQuery> phase = facets ? queries
						: queries.stream().map(SearchQuery::withoutFacets).toList();
				out.append(latency(index, phase, facets ? "facets on" : "facets off (the JSON API's case)"));
			}
			out.append(String.format("- heap: max %d MB, used after build and GC %d MB, peak sampled %d MB%n",
					Runtime.getRuntime().maxMemory() >> 20, afterBuild >> 20, peakHeap.get() >> 20));
		}
		finally {
			sampling.set(false);
			sampler.join();
			try (var files = Files.walk(dir)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
		return out.toString();
	}

	private String latency(PartnerIndex index, List<SearchQuery> queries, String label) throws InterruptedException {
		var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		double loadBefore = os.getSystemLoadAverage();
		long cpuBefore = os.getProcessCpuTime();
		long[] latencies = measure(index, queries, seconds, true);
		double cpuMsPerQuery = (os.getProcessCpuTime() - cpuBefore) / 1e6 / Math.max(1, latencies.length);
		double searchMsPerQuery = searchCpu.get() / 1e6 / Math.max(1, latencies.length);
		double loadAfter = os.getSystemLoadAverage();
		Arrays.sort(latencies);
		// the machine is shared: CPU per query does not depend on what else runs, latency does
		return String.format(
				"- %s: %,d queries in %d s with %d concurrent clients (%,.0f queries/s), 10 results with highlights, "
						+ "%,d matches per query on average%n"
						+ "  latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f; CPU per query %.2f ms in the searching "
						+ "thread, %.2f ms for the whole process (GC, JIT); system load average %.1f before, %.1f after%n",
				label, latencies.length, seconds, clients, latencies.length / (double) seconds,
				matches.get() / Math.max(1, latencies.length), pct(latencies, 50),
				pct(latencies, 95), pct(latencies, 99), latencies[latencies.length - 1] / 1e6, searchMsPerQuery, cpuMsPerQuery, loadBefore,
				loadAfter);
	}

	private long[] measure(PartnerIndex index, List<SearchQuery> queries, int secs, boolean record)
			throws InterruptedException {
		List<long[]> perClient = new ArrayList<>();
		int[] counts = new int[clients];
		CountDownLatch done = new CountDownLatch(clients);
		searchCpu.set(0);
		matches.set(0);
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(secs);
		for (int c = 0; c < clients; c++) {
			long[] lat = new long[2_000_000];
			perClient.add(lat);
			int client = c;
			Thread.ofPlatform().start(() -> {
				int i = client * 997;
				int n = 0;
				long cpu0 = threads.getCurrentThreadCpuTime();
				while (System.nanoTime() < end && n < lat.length) {
					SearchQuery q = queries.get(i++ % queries.size());
					long t0 = System.nanoTime();
					matches.addAndGet(index.search(q).total());
					lat[n++] = System.nanoTime() - t0;
				}
				searchCpu.addAndGet(threads.getCurrentThreadCpuTime() - cpu0);
				counts[client] = n;
				done.countDown();
			});
		}
		done.await();
		if (!record) {
			return new long[0];
		}
		int total = Arrays.stream(counts).sum();
		long[] all = new long[total];
		int pos = 0;
		for (int c = 0; c < clients; c++) {
			System.arraycopy(perClient.get(c), 0, all, pos, counts[c]);
			pos += counts[c];
		}
		return all;
	}

	/** Queries like people type them: one or two concepts in any language, some filler, typos, filters. */
	private List<SearchQuery> queries(SplittableRandom r, int n) {
		List<Concept> concepts = List.copyOf(thesaurus.concepts());
		String[] langs = { "de", "en", "ja" };
		String[][] fillers = { { "Partner", "Kooperation", "Japan", "Entwicklung" },
				{ "partner", "collaboration", "Germany", "development" }, { "パートナー", "共同研究", "ドイツ", "開発" } };
		List<SearchQuery> out = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			int l = r.nextInt(3);
			StringBuilder text = new StringBuilder();
			for (int k = 0, m = 1 + r.nextInt(2); k < m; k++) {
				Concept c = concepts.get(r.nextInt(concepts.size()));
				List<String> labels = c.labels().get(langs[l]);
				text.append(labels.get(r.nextInt(labels.size()))).append(' ');
			}
			if (r.nextInt(3) == 0) {
				text.append(fillers[l][r.nextInt(4)]);
			}
			String q = text.toString().strip();
			if (l != 2 && r.nextInt(10) == 0 && q.length() > 6) {
				int p = 2 + r.nextInt(q.length() - 4);
				q = q.substring(0, p) + q.charAt(p + 1) + q.charAt(p) + q.substring(p + 2);
			}
			SearchQuery.SearchFilters f = SearchQuery.SearchFilters.NONE;
			if (r.nextInt(5) == 0) {
				f = f.withCountry(r.nextBoolean() ? "DE" : "JP");
			}
			if (r.nextInt(10) == 0) {
				f = f.withKind("company");
			}
			out.add(new SearchQuery(q, langs[l], 10, 0, f, true));
		}
		return out;
	}

	private static double pct(long[] sorted, int p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)] / 1e6;
	}

	private static long heapUsed() {
		long used = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				used += pool.getUsage().getUsed();
			}
		}
		return used;
	}

	private static long size(Path dir) throws java.io.IOException {
		try (var files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
		}
	}

}
