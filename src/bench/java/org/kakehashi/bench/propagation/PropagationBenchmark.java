package org.kakehashi.bench.propagation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.kakehashi.KakehashiApplication;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.directory.Organization;
import org.kakehashi.directory.OrganizationDocument;
import org.kakehashi.search.PartnerSearch;
import org.kakehashi.search.engine.SearchQuery;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.Role;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Propagation delay between two instances on one database: an organisation is renamed
 * through instance A, one change at a time, and instance B's partner search is asked
 * every millisecond until the new name finds it. The delay runs from the moment A's
 * transaction committed (the save returned) to the first search on B that finds it, so
 * it includes B's poll interval (default 250 ms), reading the log, re-indexing and the
 * searcher refresh. Changes follow each other after a random pause of 0 to 400 ms, so
 * that they do not arrive in step with B's polls. Both instances run in this JVM with the
 * default settings of the change log.
 *
 * <pre>./bench/run propagation [h2|postgres] [changes=200]</pre> PostgreSQL is
 * {@code SPRING_DATASOURCE_URL} (with _USERNAME, _PASSWORD); the run uses a schema of its
 * own there and drops it.
 */
public final class PropagationBenchmark {

	private static final CurrentUser ADMIN = new CurrentUser(0, "admin", "Administrator", Role.ADMIN, null, null);

	private PropagationBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String database = args.length > 0 ? args[0] : "h2";
		int changes = args.length > 1 ? Integer.parseInt(args[1]) : 200;
		Path temp = Files.createTempDirectory("kakehashi-propagation");
		String schema = "bench_propagation_" + Long.toHexString(System.nanoTime());
		String url = database.equals("postgres") ? postgresSchema(schema)
				: "jdbc:h2:mem:propagation-" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		List<Double> delays;
		try (ConfigurableApplicationContext a = start(url, temp, "a");
				ConfigurableApplicationContext b = start(url, temp, "b")) {
			delays = measure(a, b, changes);
		}
		finally {
			if (database.equals("postgres")) {
				try (Connection c = postgres()) {
					c.createStatement().execute("drop schema " + schema + " cascade");
				}
			}
		}
		report(database, changes, delays);
	}

	private static List<Double> measure(ConfigurableApplicationContext a, ConfigurableApplicationContext b,
			int changes) throws InterruptedException {
		DirectoryService directory = a.getBean(DirectoryService.class);
		PartnerSearch search = b.getBean(PartnerSearch.class);
		while (search.status().running() || !search.followsLog()) {
			Thread.sleep(50);
		}
		String id = "propagation-" + Long.toHexString(System.nanoTime());
		directory.save(ADMIN, document(id, "Anfangsname", null), true);
		awaitFound(search, "Anfangsname", id);
		List<Double> delays = new ArrayList<>();
		java.util.Random pauses = new java.util.Random(42);
		for (int i = 0; delays.size() < changes; i++) {
			// changes arrive at random moments, not in step with the other instance's polls
			Thread.sleep(pauses.nextInt(400));
			String word = "welle" + letters(i);
			if (!search.search(SearchQuery.of(word, "de", 5)).hits().isEmpty()) {
				continue; // the word already matches something: it would measure nothing
			}
			Organization current = directory.organization(id);
			directory.save(ADMIN, document(id, word, current.version()), false);
			long committed = System.nanoTime();
			awaitFound(search, word, id);
			delays.add((System.nanoTime() - committed) / 1e6);
		}
		return delays;
	}

	private static void awaitFound(PartnerSearch search, String word, String id) throws InterruptedException {
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (search.search(SearchQuery.of(word, "de", 5)).hits().stream().noneMatch(h -> h.id().equals(id) && h.name().contains(word))) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(word + " not found on the second instance within 30 s");
			}
			Thread.sleep(1);
		}
	}

	/**
	 * A word per change, eight random letters: consecutive words must differ in more than
	 * the two letters that fuzzy matching forgives, or the old name would already match.
	 */
	private static String letters(int n) {
		java.util.Random random = new java.util.Random(n * 7919L + 17);
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			s.append((char) ('a' + random.nextInt(26)));
		}
		return s.toString();
	}

	private static OrganizationDocument document(String id, String word, Long version) {
		return new OrganizationDocument(id, "company", "DE", "Kiel", "lsn", "small",
				Map.of("de", word + " Biotech GmbH"), Map.of("de", "Wir messen, wie schnell Änderungen ankommen."),
				List.of(), List.of(), null, null, version);
	}

	private static void report(String database, int changes, List<Double> delays) throws IOException {
		List<Double> sorted = new ArrayList<>(delays);
		Collections.sort(sorted);
		String line = String.format(java.util.Locale.ROOT,
				"%s propagation %s: %d changes, delay ms p50 %.0f p90 %.0f p99 %.0f max %.0f mean %.0f; "
						+ "cores %d, java %s%n",
				LocalDateTime.now().withNano(0), database, changes, percentile(sorted, 50), percentile(sorted, 90),
				percentile(sorted, 99), sorted.get(sorted.size() - 1),
				sorted.stream().mapToDouble(Double::doubleValue).average().orElse(0),
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
		System.out.print(line);
		Path results = Path.of("bench/results");
		Files.createDirectories(results);
		Files.writeString(results.resolve("propagation.txt"), line, java.nio.file.StandardOpenOption.CREATE,
				java.nio.file.StandardOpenOption.APPEND);
	}

	/** Nearest-rank percentile. */
	private static double percentile(List<Double> sorted, int p) {
		int rank = (int) Math.ceil(p / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

	private static ConfigurableApplicationContext start(String url, Path temp, String name) {
		return new SpringApplicationBuilder(KakehashiApplication.class).web(WebApplicationType.NONE)
			.run("--spring.datasource.url=" + url, "--kakehashi.data-dir=" + temp.resolve("data-" + name),
					"--kakehashi.search.index-dir=" + temp.resolve("index-" + name),
					"--spring.modulith.events.republish-outstanding-events-on-restart=false",
					"--logging.level.root=WARN", "--spring.main.banner-mode=off");
	}

	private static String postgresSchema(String schema) throws SQLException {
		String configured = Objects.requireNonNull(System.getenv("SPRING_DATASOURCE_URL"),
				"set SPRING_DATASOURCE_URL to a PostgreSQL database");
		try (Connection c = postgres()) {
			c.createStatement().execute("create schema " + schema);
		}
		return configured + (configured.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	private static Connection postgres() throws SQLException {
		return DriverManager.getConnection(System.getenv("SPRING_DATASOURCE_URL"),
				Objects.requireNonNullElse(System.getenv("SPRING_DATASOURCE_USERNAME"), "postgres"),
				Objects.requireNonNullElse(System.getenv("SPRING_DATASOURCE_PASSWORD"), ""));
	}

}
