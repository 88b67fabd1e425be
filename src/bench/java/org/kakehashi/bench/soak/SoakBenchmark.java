package org.kakehashi.bench.soak;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import org.apache.commons.io.output.TeeOutputStream;
import com.icegreen.greenmail.util.ServerSetup;
import org.kakehashi.soak.Soak;

/**
 * The soak of issue 9: starts target/kakehashi.jar as a separate process on a free
 * loopback port (fresh data directory with embedded H2, or a PostgreSQL database), with a
 * GreenMail SMTP server of its own, waits for readiness, drives the realistic mix of
 * {@link Soak} at a fixed rate for the given minutes, and stops everything.
 *
 * <pre>
 * ./bench/run soak [h2|postgres] [minutes=120] [requests/s=20] [--pool-turnover] [--reset-database]
 *                  [--sample-seconds 60]
 * </pre>
 *
 * PostgreSQL: SOAK_DATABASE_URL (default jdbc:postgresql://127.0.0.1:5432/kk_soak),
 * SOAK_DATABASE_USERNAME (postgres), SOAK_DATABASE_PASSWORD; the mix needs the demo data,
 * which the application loads into an empty database only, so pass --reset-database to
 * empty the schema {@code public} first. SOAK_APP_JAVA_OPTS sets the application's JVM
 * options (default -Xmx1g). The output is also written to bench/results/soak-*.txt. Exit
 * code 0 only if the run passed.
 */
public final class SoakBenchmark {

	private SoakBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<String> positional = new ArrayList<>();
		boolean poolTurnover = false;
		boolean resetDatabase = false;
		int sampleSeconds = 60;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--pool-turnover" -> poolTurnover = true;
				case "--reset-database" -> resetDatabase = true;
				case "--sample-seconds" -> sampleSeconds = Integer.parseInt(args[++i]);
				default -> positional.add(args[i]);
			}
		}
		String database = positional.size() > 0 ? positional.get(0) : "h2";
		int minutes = positional.size() > 1 ? Integer.parseInt(positional.get(1)) : 120;
		int rate = positional.size() > 2 ? Integer.parseInt(positional.get(2)) : 20;
		if (!database.equals("h2") && !database.equals("postgres")) {
			throw new IllegalArgumentException("database must be h2 or postgres, not " + database);
		}
		Path jar = Paths.get("target", "kakehashi.jar");
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("build the jar first: ./mvnw -DskipTests package");
		}

		Path dataDir = Files.createTempDirectory("kakehashi-soak-");
		// a copy, so that a rebuild during a two-hour run cannot change the classes under the
		// running application (nor can a kill aimed at "kakehashi.jar" processes hit it)
		Path appJar = Files.copy(jar, dataDir.resolve("soak-app.jar"));
		int port = freePort();
		String apiKey = "soak-" + UUID.randomUUID();
		String adminPassword = "soak-" + UUID.randomUUID();
		GreenMail mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		mail.start();

		Map<String, String> env = new HashMap<>();
		env.put("KAKEHASHI_DATA_DIR", dataDir.toString());
		env.put("PORT", String.valueOf(port));
		env.put("SERVER_ADDRESS", "127.0.0.1");
		env.put("KAKEHASHI_ADMIN_API_KEY", apiKey);
		env.put("KAKEHASHI_ADMIN_PASSWORD", adminPassword);
		env.put("KAKEHASHI_BASE_URL", "http://127.0.0.1:" + port);
		// Spring Boot's own readiness state turns ACCEPTING_TRAFFIC only after the start-up
		// runners (admin bootstrap, demo data): builds without their own readiness probe get
		// one this way, and traffic never meets half-done start-up work.
		env.put("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
		env.put("SPRING_MAIL_HOST", "127.0.0.1");
		env.put("SPRING_MAIL_PORT", String.valueOf(mail.getSmtp().getPort()));
		if (poolTurnover) {
			env.put("SPRING_DATASOURCE_HIKARI_MAX_LIFETIME", "30000");
		}
		if (database.equals("postgres")) {
			String url = System.getenv().getOrDefault("SOAK_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/kk_soak");
			String user = System.getenv().getOrDefault("SOAK_DATABASE_USERNAME", "postgres");
			String password = System.getenv().getOrDefault("SOAK_DATABASE_PASSWORD", "");
			if (resetDatabase) {
				reset(url, user, password);
			}
			env.put("SPRING_DATASOURCE_URL", url);
			env.put("SPRING_DATASOURCE_USERNAME", user);
			env.put("SPRING_DATASOURCE_PASSWORD", password);
		}

		Path console = dataDir.resolve("console.log");
		Files.createDirectories(Paths.get("bench", "results"));
		Path results = Paths.get("bench", "results",
				"soak-" + database + "-" + Instant.now().toString().replace(":", "").substring(0, 15) + ".txt");
		PrintStream out = new PrintStream(new TeeOutputStream(System.out, Files.newOutputStream(results)), true,
				StandardCharsets.UTF_8);
		List<String> command = new ArrayList<>();
		command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of(System.getenv().getOrDefault("SOAK_APP_JAVA_OPTS", "-Xmx1g").split("\\s+")));
		command.addAll(List.of("-jar", appJar.toString()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(console.toFile());
		builder.environment().putAll(env);
		out.printf("Soak %s, %d min at %d requests/s%s; data %s, application log %s%n", database, minutes, rate,
				poolTurnover ? ", pool turnover every 30 s" : "", dataDir, console);
		Process app = builder.start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(app)));
		boolean passed;
		try {
			URI base = URI.create("http://127.0.0.1:" + port);
			Duration startUp = waitUntilReady(base, app);
			out.printf("Ready after %.1f s (pid %d)%n", startUp.toMillis() / 1000.0, app.pid());
			passed = Soak.run(base, adminPassword, apiKey, rate, Duration.ofMinutes(minutes),
					Duration.ofSeconds(sampleSeconds), Duration.ofSeconds(60), () -> fullGc(app.pid()),
					() -> mail.getReceivedMessages().length, out);
			out.println("application log lines with ERROR: " + errorLines(console));
			if (!app.isAlive()) {
				out.println("FAILED: the application process ended during the run, exit code " + app.exitValue());
				passed = false;
			}
		}
		finally {
			stop(app);
			mail.stop();
			out.close();
		}
		System.exit(passed ? 0 : 1);
	}

	/** Readiness if the application has it, else plain health (older builds). */
	private static Duration waitUntilReady(URI base, Process app) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		Instant start = Instant.now();
		String probe = "/actuator/health/readiness";
		while (Duration.between(start, Instant.now()).toMinutes() < 10) {
			if (!app.isAlive()) {
				throw new IllegalStateException("the application exited with " + app.exitValue());
			}
			try {
				HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(probe)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (r.statusCode() == 404 && probe.endsWith("readiness")) {
					probe = "/actuator/health";
					System.out.println("no readiness probe in this build: waiting on /actuator/health");
					continue;
				}
				if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
					return Duration.between(start, Instant.now());
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("not ready after 10 minutes");
	}

	/** A full collection in the application, so the next heap reading is heap after GC. */
	private static void fullGc(long pid) {
		Path jcmd = Paths.get(System.getProperty("java.home"), "bin", "jcmd");
		try {
			Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "GC.run").redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			p.waitFor(60, TimeUnit.SECONDS);
		}
		catch (IOException ex) {
			System.err.println("jcmd GC.run failed: " + ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void reset(String url, String user, String password) throws SQLException {
		try (Connection c = DriverManager.getConnection(url, user, password)) {
			c.createStatement().execute("drop schema if exists public cascade");
			c.createStatement().execute("create schema public");
		}
		System.out.println("emptied schema public of " + url);
	}

	private static long errorLines(Path console) throws IOException {
		try (var lines = Files.lines(console)) {
			return lines.filter(l -> l.contains(" ERROR ")).count();
		}
	}

	private static void stop(Process app) {
		if (app.isAlive()) {
			app.destroy();
			try {
				if (!app.waitFor(40, TimeUnit.SECONDS)) {
					app.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				app.destroyForcibly();
				Thread.currentThread().interrupt();
			}
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
