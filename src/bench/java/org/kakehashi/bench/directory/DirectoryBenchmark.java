package org.kakehashi.bench.directory;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kakehashi.KakehashiApplication;
import org.kakehashi.directory.ClusterDraft;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.directory.ImportReport;
import org.kakehashi.directory.Region;
import org.kakehashi.search.internal.IndexFollower;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.LocalizedText;
import org.kakehashi.shared.Role;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Import throughput: generates N organisations in the contract format and imports them through the
 * real importer (DirectoryService.importOrganizations, the path of the API, the CLI and the import
 * page) into (a) an embedded H2 file database and (b) PostgreSQL, each freshly migrated. The whole
 * application runs (without web server and demo data), so audit entries, the event publication
 * registry and the search index following the import all take their share. Measures
 * organisations/s for a first import (creates) and a re-import (updates), and peak heap.
 *
 * <pre>./bench/run directory [--n 100000] [--targets h2,postgres] [--pg-url jdbc:postgresql://127.0.0.1:5432/kh_bench]</pre>
 */
public final class DirectoryBenchmark {

	static final CurrentUser ADMIN = new CurrentUser(0, "bench", "Benchmark", Role.ADMIN, null, null);

	public static void main(String[] args) throws Exception {
		Map<String, String> opts = options(args);
		int n = Integer.parseInt(opts.getOrDefault("n", "100000"));
		List<String> targets = List.of(opts.getOrDefault("targets", "h2,postgres").split(","));
		String pgUrl = opts.getOrDefault("pg-url", "jdbc:postgresql://127.0.0.1:5432/kh_bench");
		Path work = Files.createTempDirectory("kh-bench-directory");
		Path file = work.resolve("organizations.jsonl");
		long bytes = OrganizationFile.write(file, n, 1);
		System.out.printf("generated %,d organisations, %,d MB%n", n, bytes >> 20);
		List<String> rows = new ArrayList<>();
		for (String target : targets) {
			String url = target.equals("h2")
					? "jdbc:h2:file:" + work.resolve("h2/kakehashi") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
					: pgUrl;
			if (!target.equals("h2")) {
				emptyPostgres(url);
			}
			rows.addAll(run(target, url, work, file, n));
		}
		String table = "| database | run | organisations | import s | organisations/s | search index caught up after s | peak heap MB | rejected |\n"
				+ "|---|---|---:|---:|---:|---:|---:|---:|\n" + String.join("\n", rows) + "\n";
		System.out.println(table);
		Path results = Path.of("bench/results/directory-" + LocalDate.now() + ".md");
		Files.createDirectories(results.getParent());
		Files.writeString(results, "# Directory import, n = " + n + "\n\n" + table);
		System.out.println("written to " + results);
	}

	private static List<String> run(String target, String url, Path work, Path file, int n) throws Exception {
		List<String> rows = new ArrayList<>();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KakehashiApplication.class)
			.web(WebApplicationType.NONE)
			.run("--spring.datasource.url=" + url, "--spring.datasource.username=" + (target.equals("h2") ? "sa" : "postgres"),
					"--kakehashi.demo.enabled=false", "--kakehashi.data-dir=" + work.resolve("data-" + target),
					"--kakehashi.search.index-dir=" + work.resolve("index-" + target), "--logging.level.root=WARN",
					"--spring.main.banner-mode=off")) {
			DirectoryService directory = context.getBean(DirectoryService.class);
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			clusters(directory);
			for (String pass : List.of("create", "update")) {
				rows.add(measure(target, pass, directory, jdbc, context.getBean(IndexFollower.class), file, n));
				System.out.println(rows.get(rows.size() - 1));
			}
		}
		return rows;
	}

	private static String measure(String target, String pass, DirectoryService directory, JdbcClient jdbc,
			IndexFollower follower, Path file, int n) throws IOException, InterruptedException {
		System.gc();
		try (PeakHeap heap = new PeakHeap(); InputStream in = Files.newInputStream(file)) {
			long start = System.nanoTime();
			ImportReport report = directory.importOrganizations(ADMIN, in, (lines, b) -> {
			});
			double seconds = (System.nanoTime() - start) / 1e9;
			// the search index follows the change log (one entry per organisation, ADR 0009);
			// wait until it applied the last one
			long head = jdbc.sql("select coalesce(max(id), 0) from search_change").query(Long.class).single();
			while (follower.position() < head) {
				Thread.sleep(100);
			}
			double indexed = (System.nanoTime() - start) / 1e9;
			long done = report.created() + report.updated();
			return "| %s | %s | %,d | %.1f | %,.0f | %.1f | %d | %d |".formatted(target, pass, done, seconds,
					done / seconds, indexed, heap.peakMegabytes(), report.rejected());
		}
	}

	private static void clusters(DirectoryService directory) {
		directory.addRegion(new Region("bench-bavaria", "DE", new LocalizedText(Map.of("en", "Bavaria")), "Europe/Berlin"));
		directory.addRegion(new Region("bench-kansai", "JP", new LocalizedText(Map.of("en", "Kansai")), "Asia/Tokyo"));
		for (String id : OrganizationFile.CLUSTERS) {
			String region = id.contains("-jp-") ? "bench-kansai" : "bench-bavaria";
			directory.createCluster(ADMIN,
					new ClusterDraft(id, region, null, null, "Cluster " + id, null, null, null, null, null, 0));
		}
	}

	/** The benchmark's own database starts empty each run (never the shared test database). */
	private static void emptyPostgres(String url) throws SQLException {
		if (!url.contains("/kh_bench")) {
			throw new IllegalArgumentException("refusing to empty a database not named kh_bench: " + url);
		}
		try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
			s.execute("drop schema public cascade");
			s.execute("create schema public");
		}
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> opts = new java.util.HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		return opts;
	}

	/** Samples used heap every 5 ms; the peak includes garbage not yet collected. */
	private static final class PeakHeap implements AutoCloseable {

		private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

		private final Thread thread;

		private volatile boolean running = true;

		private volatile long peak;

		PeakHeap() {
			peak = memory.getHeapMemoryUsage().getUsed();
			thread = Thread.ofPlatform().daemon().start(() -> {
				while (running) {
					peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
					try {
						Thread.sleep(5);
					}
					catch (InterruptedException e) {
						return;
					}
				}
			});
		}

		long peakMegabytes() {
			return peak >> 20;
		}

		@Override
		public void close() throws InterruptedException {
			running = false;
			thread.join();
		}

	}

}
