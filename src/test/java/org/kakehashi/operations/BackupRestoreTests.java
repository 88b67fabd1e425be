package org.kakehashi.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kakehashi.KakehashiApplication;
import org.kakehashi.agreements.AgreementDocument;
import org.kakehashi.agreements.AgreementDocuments;
import org.kakehashi.agreements.AgreementService;
import org.kakehashi.search.PartnerSearch;
import org.kakehashi.search.engine.SearchQuery;
import org.kakehashi.search.engine.SearchResults;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.Role;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A backup taken while the application runs on its embedded database, restored into an
 * empty data directory, gives the same agreements, requests, documents and search
 * results. Always on H2 (the embedded database is what the commands back up), also in the
 * PostgreSQL run.
 */
class BackupRestoreTests {

	private static final CurrentUser ADMIN = new CurrentUser(0, "admin", "Administrator", Role.ADMIN, null, null);

	private static final byte[] PDF = "%PDF-1.4\n% backup test\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@TempDir
	static Path temp;

	private static String previousBindAddress;

	@BeforeAll
	static void loopbackOnly() {
		previousBindAddress = System.getProperty("h2.bindAddress");
		System.setProperty("h2.bindAddress", "127.0.0.1");
	}

	@AfterAll
	static void restoreBindAddress() {
		if (previousBindAddress == null) {
			System.clearProperty("h2.bindAddress");
		}
		else {
			System.setProperty("h2.bindAddress", previousBindAddress);
		}
	}

	@Test
	void aBackupTakenWhileRunningRestoresIntoAnEmptyDataDirectory() throws IOException {
		Path original = temp.resolve("original");
		Path restored = temp.resolve("restored");
		Path archive = temp.resolve("backups/kakehashi-backup.zip");

		Snapshot before;
		AgreementDocument document;
		try (ConfigurableApplicationContext app = start(original)) {
			String agreementId = app.getBean(AgreementService.class).all(null).getFirst().agreement().id();
			document = app.getBean(AgreementDocuments.class)
				.upload(ADMIN, agreementId, "signed.pdf", "application/pdf", new ByteArrayInputStream(PDF));
			// The restored instance builds its index from the database in one go; ranking
			// statistics of an index that grew change by change differ slightly, so
			// compare
			// with one built the same way.
			awaitRebuild(app.getBean(PartnerSearch.class));
			app.getBean(PartnerSearch.class).startRebuild();
			before = snapshot(app);

			Result backup = run(out -> BackupCommands.backup(commandArgs(archive, original), out, out));
			assertThat(backup.code()).as(backup.output()).isZero();
		}

		Result restore = run(out -> BackupCommands.restore(commandArgs(archive, restored), out, out));
		assertThat(restore.code()).as(restore.output()).isZero();
		assertThat(restore.output()).contains("1 files");

		try (ConfigurableApplicationContext app = start(restored)) {
			assertThat(snapshot(app)).isEqualTo(before);
			AgreementDocuments.DocumentFile file = app.getBean(AgreementDocuments.class)
				.open(document.agreementId(), document.id());
			assertThat(Files.readAllBytes(file.path())).isEqualTo(PDF);
		}
	}

	@Test
	void aRestoreNeverOverwritesADatabase() throws IOException {
		Path dir = temp.resolve("occupied");
		Files.createDirectories(dir);
		Files.writeString(dir.resolve("kakehashi.mv.db"), "not to be overwritten");
		Path archive = Files.writeString(temp.resolve("not-a-backup.zip"), "x");

		Result result = run(out -> BackupCommands.restore(commandArgs(archive, dir), out, out));

		assertThat(result.code()).isEqualTo(2);
		assertThat(result.output()).contains("restore refused").contains("already exists");
		assertThat(Files.readString(dir.resolve("kakehashi.mv.db"))).isEqualTo("not to be overwritten");
	}

	@Test
	void aFileThatIsNoBackupIsRefused() throws IOException {
		Path archive = Files.writeString(temp.resolve("garbage.zip"), "not a zip");

		Result result = run(out -> BackupCommands.restore(commandArgs(archive, temp.resolve("empty")), out, out));

		assertThat(result.code()).isEqualTo(2);
		assertThat(result.output()).contains("not a Kakehashi backup");
		assertThat(temp.resolve("empty/kakehashi.mv.db")).doesNotExist();
	}

	record Snapshot(List<String> agreements, List<String> requests, List<String> organizations,
			List<String> searchHits) {
	}

	private static Snapshot snapshot(ConfigurableApplicationContext app) {
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		return new Snapshot(jdbc.sql("select id from agreement order by id").query(String.class).list(),
				jdbc.sql("select id || ' ' || title from entry_request order by id").query(String.class).list(),
				jdbc.sql("select id from organization order by id").query(String.class).list(),
				searchHits(app.getBean(PartnerSearch.class)));
	}

	/** Waits for the start-up rebuild (a restored data directory has no index). */
	private static List<String> searchHits(PartnerSearch search) {
		awaitRebuild(search);
		SearchResults results = search.search(SearchQuery.of("Zelltherapie", "de", 10));
		return results.hits().stream().map(SearchResults.Hit::id).toList();
	}

	private static void awaitRebuild(PartnerSearch search) {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while ((search.status().running() || search.isBehindDirectory()) && Instant.now().isBefore(deadline)) {
			sleep();
		}
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		return new SpringApplicationBuilder(KakehashiApplication.class).web(WebApplicationType.NONE)
			.run(dataDirOption(dataDir), urlOption(dataDir), "--spring.datasource.username=sa",
					"--spring.datasource.password=", "--kakehashi.search.index-dir=" + dataDir.resolve("index"),
					"--spring.main.banner-mode=off");
	}

	private static String url(Path dataDir) {
		return "jdbc:h2:file:" + dataDir.resolve("kakehashi")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
	}

	/**
	 * The commands take the server's options; the tests' own configuration (and, in the
	 * PostgreSQL run, the environment) names another database.
	 */
	private static List<String> commandArgs(Path archive, Path dataDir) {
		return List.of(archive.toString(), dataDirOption(dataDir), urlOption(dataDir),
				"--spring.datasource.username=sa", "--spring.datasource.password=");
	}

	/** The embedded database of the given data directory. */
	private static String urlOption(Path dataDir) {
		return "--spring.datasource.url=" + url(dataDir);
	}

	private static String dataDirOption(Path dataDir) {
		return "--kakehashi.data-dir=" + dataDir;
	}

	record Result(int code, String output) {
	}

	interface Command {

		int run(PrintStream out);

	}

	private static Result run(Command command) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int code;
		try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
			code = command.run(out);
		}
		return new Result(code, bytes.toString(StandardCharsets.UTF_8));
	}

	private static void sleep() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
