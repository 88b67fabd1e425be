package org.kakehashi.bench.fuzz;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.kakehashi.KakehashiApplication;
import org.kakehashi.api.ApiFuzzer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The long run of the API fuzzer (issue 15): a throw-away instance (embedded H2 in a
 * temporary directory, demo data) on a free port of this JVM, and
 * {@link ApiFuzzer} in full mode — valid writes too — for the given number of requests.
 * Passes with no 5xx, no request without an answer and a problem type on every 4xx.
 *
 * <pre>./bench/run fuzz [requests=100000] [seed=1]</pre>
 */
public final class FuzzBenchmark {

	private static final String ADMIN_KEY = "fuzz-admin-key-0123456789";

	private FuzzBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int requests = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
		Path temp = Files.createTempDirectory("kakehashi-fuzz");
		boolean passed;
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KakehashiApplication.class).run(
				"--server.port=0", "--server.address=127.0.0.1", "--kakehashi.data-dir=" + temp.resolve("data"),
				"--kakehashi.search.index-dir=" + temp.resolve("index"), "--kakehashi.admin.api-key=" + ADMIN_KEY,
				"--kakehashi.admin.password=fuzz-admin-password-0123", "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=1", "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			ApiFuzzer.Transport http = ApiFuzzer.Transport.http(URI.create("http://127.0.0.1:" + port));
			String document = http.send("GET", "/api/openapi.json", null, null, ADMIN_KEY).body();
			List<String> keys = new ArrayList<>(List.of(ADMIN_KEY));
			for (String user : List.of("manager.biom", "manager.osaka", "member.biom", "member.osaka", "funder")) {
				String created = http
					.send("POST", "/api/v1/api-keys", "application/json", "{\"username\": \"" + user + "\"}", ADMIN_KEY)
					.body();
				keys.add(JsonPath.read(created, "$.key"));
			}
			ApiFuzzer fuzzer = new ApiFuzzer(document, http, ApiFuzzer.Mode.FULL, seed, keys);
			long start = System.nanoTime();
			ApiFuzzer.Result result = fuzzer.run(requests);
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			// a run that locked itself out (429 on most requests) tested only the throttle
			boolean reached = result.statuses().getOrDefault(429, 0) < requests / 100;
			String report = "# API fuzzing " + LocalDateTime.now() + "\n\njava " + System.getProperty("java.version")
					+ ", processors " + Runtime.getRuntime().availableProcessors() + ", seed " + seed + ", "
					+ fuzzer.operationCount() + " operations, " + took.toSeconds() + " s\n\n" + result.summary()
					+ "\n\n" + (result.passed() && reached ? "PASSED"
							: "FAILED" + (reached ? "" : ": over 1 % of the requests were throttled (429)"))
					+ "\n";
			System.out.print(report);
			Path out = Path.of("bench/results",
					"fuzz-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
			Files.createDirectories(out.getParent());
			Files.writeString(out, report);
			System.out.println("report: " + out);
			passed = result.passed() && reached;
		}
		System.exit(passed ? 0 : 1);
	}

}
