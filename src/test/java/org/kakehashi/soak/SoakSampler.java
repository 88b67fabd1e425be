package org.kakehashi.soak;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the application's own gauges through {@code /actuator/metrics} with the
 * administrator's key (not paced, not counted as load). Heap "after GC" is honest only if
 * a full collection just ran, so {@link #sample} first runs {@code fullGc} (in the
 * benchmark: {@code jcmd PID GC.run} on the separate process; in the test: System.gc() in
 * the same JVM) and then reads {@code jvm.memory.used} of the heap, which includes what
 * the requests allocated in between, and {@code jvm.gc.live.data.size}, the old
 * generation after that collection: the live heap, which is what the run is judged on.
 */
final class SoakSampler {

	/** One line of the CSV. Gauges that could not be read are -1. */
	record Sample(long elapsedSeconds, long requests, long serverErrors, double p50, double p99, double heapAfterGcMb,
			double liveDataMb, double threads, double hikariActive, double hikariIdle, double connectionsCreated,
			double openFiles, long mails) {

		static final String HEADER = "elapsed_s,requests,server_errors,p50_ms,p99_ms,heap_after_gc_mb,live_data_mb,"
				+ "threads_live,hikari_active,hikari_idle,hikari_connections_created,open_files,mails_received";

		String csv() {
			return String.format(Locale.ROOT, "%d,%d,%d,%.1f,%.1f,%.1f,%.1f,%.0f,%.0f,%.0f,%.0f,%.0f,%d",
					elapsedSeconds, requests, serverErrors, p50, p99, heapAfterGcMb, liveDataMb, threads, hikariActive,
					hikariIdle, connectionsCreated, openFiles, mails);
		}

		/**
		 * The live heap: what the last full collection kept (G1's old generation after
		 * it), else the heap in use right after it.
		 */
		double liveHeapMb() {
			return liveDataMb > 0 ? liveDataMb : heapAfterGcMb;
		}

	}

	private static final Pattern MEASUREMENT = Pattern
		.compile("\"statistic\"\\s*:\\s*\"([A-Z_]+)\"\\s*,\\s*\"value\"\\s*:\\s*([-0-9.Ee+]+)");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final SoakTarget target;

	private final Runnable fullGc;

	SoakSampler(SoakTarget target, Runnable fullGc) {
		this.target = target;
		this.fullGc = fullGc;
	}

	Sample sample(long elapsedSeconds, SoakStats stats, long mails) {
		SoakStats.Window window = stats.drainWindow();
		fullGc.run();
		return new Sample(elapsedSeconds, stats.requests(), stats.serverErrors(), window.p50(), window.p99(),
				megabytes(metric("jvm.memory.used?tag=area:heap", "VALUE")),
				megabytes(metric("jvm.gc.live.data.size", "VALUE")), metric("jvm.threads.live", "VALUE"),
				metric("hikaricp.connections.active", "VALUE"), metric("hikaricp.connections.idle", "VALUE"),
				metric("hikaricp.connections.creation", "COUNT"), metric("process.files.open", "VALUE"), mails);
	}

	private static double megabytes(double bytes) {
		return bytes < 0 ? -1 : bytes / (1024 * 1024);
	}

	double metric(String nameAndTags, String statistic) {
		HttpRequest request = HttpRequest
			.newBuilder(target.base().resolve(URI.create("/actuator/metrics/" + nameAndTags)))
			.header("Authorization", "Bearer " + target.adminApiKey())
			.timeout(Duration.ofSeconds(30))
			.build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			Matcher m = MEASUREMENT.matcher(response.body());
			while (response.statusCode() == 200 && m.find()) {
				if (m.group(1).equals(statistic)) {
					return Double.parseDouble(m.group(2));
				}
			}
			return -1;
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

}
