package org.kakehashi;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the application (two Spring contexts, no web server) on one database
 * that only they use: a fresh in-memory H2 database, or in the PostgreSQL run a schema of
 * its own in the run's database, dropped on {@link #close()}. Each has its own data
 * directory and search index under {@code temp}, and a {@link TestClock}. The first one
 * loads the demo data into the empty database; the second finds it there.
 */
public final class TwoInstances implements AutoCloseable {

	private final ConfigurableApplicationContext first;

	private final ConfigurableApplicationContext second;

	private final @Nullable String schema;

	private TwoInstances(ConfigurableApplicationContext first, ConfigurableApplicationContext second,
			@Nullable String schema) {
		this.first = first;
		this.second = second;
		this.schema = schema;
	}

	/** Starts both; {@code arguments} are added to each one's command line. */
	public static TwoInstances start(String name, Path temp, List<String> arguments) {
		String postgres = System.getenv("SPRING_DATASOURCE_URL");
		String schema = null;
		String url;
		if (postgres == null || !postgres.startsWith("jdbc:postgresql:")) {
			url = "jdbc:h2:mem:" + name + "-" + UUID.randomUUID()
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		}
		else {
			schema = name.replaceAll("[^a-z0-9]", "_") + "_" + Long.toHexString(System.nanoTime());
			execute("create schema " + schema);
			url = postgres + (postgres.contains("?") ? "&" : "?") + "currentSchema=" + schema;
		}
		List<String> common = new ArrayList<>(List.of("--spring.datasource.url=" + url, "--spring.main.banner-mode=off",
				// each instance would otherwise re-send the other's unfinished events
				"--spring.modulith.events.republish-outstanding-events-on-restart=false"));
		if (schema != null) {
			common.addAll(List.of("--spring.flyway.schemas=" + schema, "--spring.flyway.default-schema=" + schema));
		}
		common.addAll(arguments);
		ConfigurableApplicationContext first = start(temp.resolve("first"), common);
		try {
			return new TwoInstances(first, start(temp.resolve("second"), common), schema);
		}
		catch (RuntimeException ex) {
			first.close();
			throw ex;
		}
	}

	public ConfigurableApplicationContext first() {
		return first;
	}

	public ConfigurableApplicationContext second() {
		return second;
	}

	/**
	 * Runs {@code work} on both instances at the same moment (two threads released by one
	 * barrier); returns each one's result, the first instance's first.
	 */
	public <T> List<T> onBothAtOnce(Function<ConfigurableApplicationContext, T> work) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<T>> results = new ArrayList<>();
			for (ConfigurableApplicationContext context : List.of(first, second)) {
				results.add(threads.submit(() -> {
					start.await();
					return work.apply(context);
				}));
			}
			List<T> values = new ArrayList<>();
			for (Future<T> result : results) {
				values.add(result.get());
			}
			return values;
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Override
	public void close() {
		second.close();
		first.close();
		if (schema != null) {
			execute("drop schema " + schema + " cascade");
		}
	}

	private static ConfigurableApplicationContext start(Path directory, List<String> common) {
		List<String> arguments = new ArrayList<>(common);
		arguments.add("--kakehashi.data-dir=" + directory.resolve("data"));
		arguments.add("--kakehashi.search.index-dir=" + directory.resolve("index"));
		return new SpringApplicationBuilder(KakehashiApplication.class, TestClock.Config.class)
			.web(WebApplicationType.NONE)
			.run(arguments.toArray(String[]::new));
	}

	private static void execute(String sql) {
		try (Connection c = DriverManager.getConnection(System.getenv("SPRING_DATASOURCE_URL"),
				Objects.requireNonNullElse(System.getenv("SPRING_DATASOURCE_USERNAME"), "postgres"),
				Objects.requireNonNullElse(System.getenv("SPRING_DATASOURCE_PASSWORD"), ""))) {
			c.createStatement().execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not " + sql, ex);
		}
	}

}
