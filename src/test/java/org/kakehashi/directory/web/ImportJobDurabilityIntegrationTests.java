package org.kakehashi.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kakehashi.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.kakehashi.DemoUsers;
import org.kakehashi.IntegrationTest;
import org.kakehashi.directory.ImportFormat;
import org.kakehashi.directory.ImportJob;
import org.kakehashi.directory.ImportJobs;
import org.kakehashi.directory.ImportProgress;
import org.kakehashi.directory.internal.ImportJobRepository;
import org.kakehashi.directory.internal.ImportJobWatch;
import org.kakehashi.directory.internal.OrganizationImporter;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.NotFoundException;
import org.kakehashi.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Import jobs live in the database: a job whose instance died is found by the sweep and
 * its page says how far it got; running the file again is safe; who may see a job.
 */
@IntegrationTest
class ImportJobDurabilityIntegrationTests {

	static final CurrentUser BIOM = new CurrentUser(2, DemoUsers.BIOM_MANAGER, "M", Role.CLUSTER_MANAGER, "biom", null);

	static final CurrentUser BIOM_COLLEAGUE = new CurrentUser(9001, "colleague.biom", "C", Role.CLUSTER_MANAGER, "biom",
			null);

	static final CurrentUser LSN = new CurrentUser(9002, DemoUsers.LSN_MANAGER, "L", Role.CLUSTER_MANAGER, "lsn", null);

	static final String DEAD_INSTANCE = "dead-host:4711:deadbeef";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ImportJobs jobs;

	@Autowired
	ImportJobRepository store;

	@Autowired
	ImportJobWatch watch;

	@Autowired
	OrganizationImporter importer;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aJobWhoseInstanceDiedIsInterruptedSaysHowFarItGotAndRunningTheFileAgainIsSafe() throws IOException {
		String p = "crash-" + System.nanoTime();
		byte[] file = jsonl(p, 600);
		String id = crashedAfter(p, file, 500);

		ImportJob before = jobs.job(BIOM, id);
		int swept = watch.sweep();
		ImportJob after = jobs.job(BIOM, id);

		assertThat(before.state()).isEqualTo(ImportJob.State.RUNNING);
		assertThat(swept).isPositive();
		assertThat(after.state()).isEqualTo(ImportJob.State.INTERRUPTED);
		assertThat(after.lastLine()).isEqualTo(500);
		assertThat(after.report().summary()).isEqualTo("500 lines: 500 created, 0 updated, 0 rejected");
		assertThat(organizations(p)).isEqualTo(500);
		assertThat(page(id, "en"))
			.contains("Interrupted after line 500; lines 1 to 500 are applied. Running the file again is safe",
					"500 rows: 500 created, 0 updated, 0 rejected")
			.doesNotContain("hx-trigger");
		assertThat(page(id, "de")).contains("Unterbrochen nach Zeile 500; die Zeilen 1 bis 500 sind übernommen.");
		assertThat(page(id, "ja")).contains("500行目の後で中断しました。1行目から500行目までは反映済みです。");

		String again = upload(DemoUsers.BIOM_MANAGER, "members.jsonl", file);
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !jobs.job(BIOM, again).running());

		assertThat(jobs.job(BIOM, again).report().summary())
			.isEqualTo("600 lines: 100 created, 500 updated, 0 rejected");
		assertThat(organizations(p)).isEqualTo(600);
		assertThat(jobs.jobs(BIOM)).extracting(ImportJob::id).contains(id, again);
	}

	@Test
	void progressOfALongRunOfRejectedLinesIsRecordedToo() throws IOException {
		String p = "progress-" + System.nanoTime();
		String lines = new String(jsonl(p, 3), StandardCharsets.UTF_8) + "{broken\n".repeat(600);
		String id = newRunningJob(BIOM, DEAD_INSTANCE);
		List<Long> checkpoints = new java.util.ArrayList<>();

		importer.importLines(BIOM, new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
				recorder(id, Instant.now(), checkpoints), "biom");

		ImportJob job = jobs.job(BIOM, id);
		assertThat(checkpoints).containsExactly(500L, 603L);
		assertThat(job.lastLine()).isEqualTo(603);
		assertThat(job.rows()).isEqualTo(603);
		assertThat(job.createdCount()).isEqualTo(3);
		assertThat(job.rejectedCount()).isEqualTo(600);
		assertThat(job.problems()).hasSize(600).first().satisfies(pr -> assertThat(pr.line()).isEqualTo(4));
		assertThat(watch.sweep()).isGreaterThanOrEqualTo(0);
		assertThat(jobs.job(BIOM, id).state()).as("a fresh heartbeat is not swept").isEqualTo(ImportJob.State.RUNNING);
	}

	@Test
	void theOwnersClusterManagersAndAdministratorsSeeAJobOthersDoNot() {
		String id = newRunningJob(BIOM, DEAD_INSTANCE);
		jdbc.sql("update import_job set status = 'interrupted' where id = ?").param(id).update();

		assertThat(jobs.job(BIOM_COLLEAGUE, id).owner()).isEqualTo(DemoUsers.BIOM_MANAGER);
		assertThat(jobs.jobs(BIOM_COLLEAGUE)).extracting(ImportJob::id).contains(id);
		assertThatThrownBy(() -> jobs.job(LSN, id)).isInstanceOf(NotFoundException.class);
		assertThat(jobs.jobs(LSN)).extracting(ImportJob::id).doesNotContain(id);
		for (String path : List.of("/organizations/import/{id}", "/organizations/import/{id}/progress")) {
			assertThat(mvc.get().uri(path, id).with(as(users, DemoUsers.LSN_MANAGER))).hasStatus(404);
			assertThat(mvc.get().uri(path, id).with(as(users, DemoUsers.BIOM_MEMBER))).hasStatus(403);
			assertThat(mvc.get().uri(path, id).with(as(users, DemoUsers.ADMIN))).hasStatusOk();
			assertThat(mvc.get().uri(path, id).with(as(users, DemoUsers.BIOM_MANAGER))).hasStatusOk();
		}
		assertThat(mvc.get().uri("/organizations/import").with(as(users, DemoUsers.LSN_MANAGER))).bodyText()
			.doesNotContain(id);
	}

	/**
	 * What a crash leaves: a job that applied {@code lines} lines in batches under an
	 * instance that then stopped renewing its heartbeat (five minutes ago).
	 */
	private String crashedAfter(String p, byte[] file, int lines) throws IOException {
		String id = newRunningJob(BIOM, DEAD_INSTANCE);
		String head = new String(file, StandardCharsets.UTF_8).lines().limit(lines).reduce("", (a, b) -> a + b + "\n");
		Instant fiveMinutesAgo = Instant.now().minus(Duration.ofMinutes(5));
		importer.importLines(BIOM, new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)),
				recorder(id, fiveMinutesAgo, new java.util.ArrayList<>()), "biom");
		jdbc.sql("update import_job set heartbeat_at = ?, size_bytes = ? where id = ?")
			.params(fiveMinutesAgo.atOffset(java.time.ZoneOffset.UTC), file.length, id)
			.update();
		return id;
	}

	private String newRunningJob(CurrentUser owner, String instance) {
		String id = UUID.randomUUID().toString();
		store.insert(new ImportJobRepository.NewJob(id, owner.username(), owner.clusterId(), "members.jsonl",
				ImportFormat.JSONL, owner.clusterId(), List.of(), "/nonexistent/" + id), Instant.now());
		store.claim(id, instance, 1, Instant.now());
		return id;
	}

	private ImportProgress recorder(String id, Instant at, List<Long> checkpoints) {
		return new ImportProgress() {
			@Override
			public void update(long lines, long bytes) {
			}

			@Override
			public void checkpoint(Checkpoint checkpoint) {
				store.checkpoint(id, DEAD_INSTANCE, checkpoint, at);
				checkpoints.add(checkpoint.lastLine());
			}
		};
	}

	private String page(String id, String language) throws IOException {
		return mvc.get()
			.uri("/organizations/import/{id}", id)
			.header("Accept-Language", language)
			.with(as(users, DemoUsers.BIOM_MANAGER))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private long organizations(String prefix) {
		return jdbc.sql("select count(*) from organization where id like ?")
			.param(prefix + "-%")
			.query(Long.class)
			.single();
	}

	private static byte[] jsonl(String prefix, int lines) {
		StringBuilder out = new StringBuilder();
		for (int i = 1; i <= lines; i++) {
			out.append("{\"id\":\"")
				.append(prefix)
				.append('-')
				.append(i)
				.append("\",\"kind\":\"company\",\"name\":{\"en\":\"Crash test ")
				.append(i)
				.append("\"}}\n");
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private String upload(String user, String name, byte[] content) {
		String location = mvc.post()
			.multipart()
			.uri("/organizations/import")
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.with(as(users, user))
			.with(csrf())
			.exchange()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/organizations/import/");
		return location.substring("/organizations/import/".length());
	}

}
