package org.kakehashi.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.kakehashi.DemoUsers;
import org.kakehashi.IntegrationTest;
import org.kakehashi.directory.Contact;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.directory.ImportJob;
import org.kakehashi.directory.ImportReport;
import org.kakehashi.directory.ImportJobs;
import org.kakehashi.directory.Organization;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The import page: upload, column mapping, background job with progress and report,
 * denials.
 */
@IntegrationTest
class ImportPageIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DirectoryService directory;

	@Autowired
	ImportJobs jobs;

	static final CurrentUser ADMIN = new CurrentUser(1, "admin", "A", Role.ADMIN, null, null);

	@Test
	void aCsvIsMappedImportedWithItsRowNumbersAndForeignClusterRowsRejected() {
		String p = "csv-" + System.nanoTime();
		String csv = "\uFEFFKennung;Art;Name DE;Name JA;Themen;Cluster;Kontakt;E-Mail;Notiz\n" + p
				+ "-1;company;Beispiel " + p + ";例;cell-therapy, oncology;;Dr. A;a@example.org;x\n" + p
				+ "-2;company;Fremd " + p + ";;;lsn;;;\n" + p + "-3;robot;Roboter " + p + ";;;;;;\n";
		String id = upload(DemoUsers.BIOM_MANAGER, "members.csv", csv.getBytes(StandardCharsets.UTF_8));

		assertThat(mvc.get().uri("/organizations/import/{id}/mapping", id).with(as(users, DemoUsers.BIOM_MANAGER)))
			.hasStatusOk()
			.bodyText()
			.contains("Kennung", "Name DE", "Notiz");
		ImportJob job = map(DemoUsers.BIOM_MANAGER, id, "id", "kind", "name.de", "name.ja", "topics", "cluster",
				"contact.name", "contact.email", "");

		assertThat(job.report().summary()).isEqualTo("3 lines: 1 created, 0 updated, 2 rejected");
		assertThat(job.report().problems()).extracting(pr -> pr.line() + " " + pr.reason())
			.containsExactly("3 cluster: you may import only into your own cluster",
					"4 kind: unknown kind 'robot' (allowed: company, academia, cluster, authority, investor, hospital, other)");
		Organization created = directory.organization(p + "-1");
		assertThat(created.clusterId()).isEqualTo("biom");
		assertThat(created.names().values()).containsEntry("de", "Beispiel " + p).containsEntry("ja", "例");
		assertThat(created.topics()).containsExactly("cell-therapy", "oncology");
		assertThat(directory.contactsFor(ADMIN, created)).containsExactly(new Contact("Dr. A", "a@example.org", null));
		assertThat(mvc.get().uri("/organizations/import/{id}", id).with(as(users, DemoUsers.BIOM_MANAGER))).bodyText()
			.contains("3 rows: 1 created, 0 updated, 2 rejected", "you may import only into your own cluster",
					"w-pct-100");
	}

	@Test
	void aCsvRowReusingAnotherClustersIdIsRejectedWithALocalizedReason() {
		String p = "csv-victim-" + System.nanoTime();
		String victim = upload(DemoUsers.BIOM_MANAGER, "victim.csv",
				("id;kind;Name DE\n" + p + "-1;company;Opfer\n").getBytes(StandardCharsets.UTF_8));
		map(DemoUsers.BIOM_MANAGER, victim, "id", "kind", "name.de");
		String csv = "id;kind;Name DE;Cluster\n" + p + "-1;company;Übernommen;lsn\n" + p + "-2;company;Eigen;lsn\n";

		String id = upload(DemoUsers.LSN_MANAGER, "takeover.csv", csv.getBytes(StandardCharsets.UTF_8));
		ImportJob job = map(DemoUsers.LSN_MANAGER, id, "id", "kind", "name.de", "cluster");

		assertThat(job.report().summary()).isEqualTo("2 lines: 1 created, 0 updated, 1 rejected");
		assertThat(job.report().problems()).extracting(ImportReport.LineProblem::code)
			.containsExactly("import.problem.foreign");
		assertThat(directory.organization(p + "-1").clusterId()).isEqualTo("biom");
		assertThat(directory.organization(p + "-1").names().exactly("de")).isEqualTo("Opfer");
		assertThat(directory.organization(p + "-2").clusterId()).isEqualTo("lsn");
		assertThat(mvc.get()
			.uri("/organizations/import/{id}", id)
			.with(as(users, DemoUsers.LSN_MANAGER))
			.header("Accept-Language", "ja")
			.locale(java.util.Locale.JAPANESE)).bodyText()
			.contains("id：他のクラスターの組織に属しています。")
			.doesNotContain("Exception", "belongs to an organisation");
	}

	@Test
	void theLastMappingIsProposedForTheNextUpload() throws IOException {
		String p = "remember-" + System.nanoTime();
		String header = "Schlüssel " + p + ",Typ,Bezeichnung\n";
		String first = upload(DemoUsers.KAWASAKI_MANAGER, "a.csv",
				(header + p + "-1,company,Erste\n").getBytes(StandardCharsets.UTF_8));
		map(DemoUsers.KAWASAKI_MANAGER, first, "id", "kind", "name.en");

		String second = upload(DemoUsers.KAWASAKI_MANAGER, "b.csv",
				(header + p + "-2,company,Zweite\n").getBytes(StandardCharsets.UTF_8));
		String page = mvc.get()
			.uri("/organizations/import/{id}/mapping", second)
			.with(as(users, DemoUsers.KAWASAKI_MANAGER))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			.replaceAll("\\s+", " ");
		assertThat(page).containsPattern("name=\"col0\".*?<option value=\"id\" selected=\"selected\"")
			.containsPattern(
					"name=\"col2\"[^/]*?(<option[^>]*>[^<]*</option> )*<option value=\"name.en\" selected=\"selected\"");
		assertThat(map(DemoUsers.KAWASAKI_MANAGER, second, "id", "kind", "name.en").report().created()).isEqualTo(1);
		assertThat(directory.organization(p + "-2").clusterId()).isEqualTo("kawasaki");
	}

	@Test
	void anXlsxIsReadRowByRow() throws IOException {
		String p = "xlsx-" + System.nanoTime();
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			var sheet = wb.createSheet("Mitglieder");
			List<List<String>> rows = List.of(List.of("id", "kind", "name.en", "interests", "cluster"),
					List.of(p + "-1", "academia", "Institute " + p, "licensing; co-development", "biom"),
					List.of(p + "-2", "company", "", "", "biom"), List.of(p + "-3", "company", "Gap " + p, "", "lsn"));
			for (int r = 0; r < rows.size(); r++) {
				var row = sheet.createRow(r == 3 ? 4 : r); // a blank row 4 in between
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			wb.write(file);
		}
		String id = upload(DemoUsers.ADMIN, "members.xlsx", file.toByteArray());
		ImportJob job = map(DemoUsers.ADMIN, id, "id", "kind", "name.en", "interests", "cluster");

		assertThat(job.report().created()).isEqualTo(2);
		assertThat(job.report().problems()).extracting(pr -> pr.line() + " " + pr.reason())
			.containsExactly("3 name: needs text in at least one language");
		assertThat(directory.organization(p + "-1").interests()).containsExactly("licensing", "co-development");
		assertThat(directory.organization(p + "-3").clusterId()).isEqualTo("lsn");
	}

	@Test
	void aJsonLinesUploadStartsAtOnce() {
		String p = "jsonl-page-" + System.nanoTime();
		String file = "{\"id\":\"" + p + "\",\"kind\":\"company\",\"name\":{\"en\":\"J\"}}\n{broken\n";
		String id = upload(DemoUsers.BIOM_MANAGER, "orgs.jsonl", file.getBytes(StandardCharsets.UTF_8));
		ImportJob job = awaitDone(DemoUsers.BIOM_MANAGER, id);
		assertThat(job.report().summary()).isEqualTo("2 lines: 1 created, 0 updated, 1 rejected");
		assertThat(directory.organization(p).clusterId()).isEqualTo("biom");
	}

	@Test
	void anotherUsersJobIsNotFoundButAdministratorsSeeIt() {
		String id = upload(DemoUsers.BIOM_MANAGER, "x.csv", "id,kind\n".getBytes(StandardCharsets.UTF_8));
		for (String path : List.of("/organizations/import/{id}", "/organizations/import/{id}/progress",
				"/organizations/import/{id}/mapping")) {
			assertThat(mvc.get().uri(path, id).with(as(users, DemoUsers.LSN_MANAGER))).hasStatus(404);
			assertThat(mvc.get().uri(path, id).with(as(users, DemoUsers.ADMIN))).hasStatus2xxSuccessful();
		}
		assertThat(mvc.post()
			.uri("/organizations/import/{id}/mapping", id)
			.param("col0", "id")
			.with(as(users, DemoUsers.LSN_MANAGER))
			.with(csrf())).hasStatus(404);
		assertThat(mvc.get().uri("/organizations/import").with(as(users, DemoUsers.LSN_MANAGER))).bodyText()
			.doesNotContain(id);
	}

	@Test
	void membersFundersAndAnonymousUsersCannotImport() {
		for (String user : List.of(DemoUsers.BIOM_MEMBER, DemoUsers.FUNDER)) {
			assertThat(mvc.get().uri("/organizations/import").with(as(users, user))).hasStatus(403);
			assertThat(mvc.post()
				.multipart()
				.uri("/organizations/import")
				.file(new MockMultipartFile("file", "a.jsonl", "application/x-ndjson", "{}".getBytes()))
				.with(as(users, user))
				.with(csrf())).hasStatus(403);
		}
		assertThat(mvc.get().uri("/organizations/import")).hasStatus3xxRedirection();
	}

	@Test
	void anUnknownFileTypeIsRefusedWithAMessage() {
		assertThat(mvc.post()
			.multipart()
			.uri("/organizations/import")
			.file(new MockMultipartFile("file", "members.pdf", "application/pdf", "%PDF".getBytes()))
			.with(as(users, DemoUsers.BIOM_MANAGER))
			.with(csrf())).hasRedirectedUrl("/organizations/import")
			.flash()
			.containsEntry("error", "import.error.format");
	}

	private String upload(String user, String name, byte[] content) {
		MvcTestResult result = mvc.post()
			.multipart()
			.uri("/organizations/import")
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.with(as(users, user))
			.with(csrf())
			.exchange();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/organizations/import/");
		return location.substring("/organizations/import/".length()).replace("/mapping", "");
	}

	private ImportJob map(String user, String id, String... fields) {
		var post = mvc.post().uri("/organizations/import/{id}/mapping", id).with(as(users, user)).with(csrf());
		for (int i = 0; i < fields.length; i++) {
			post = post.param("col" + i, fields[i]);
		}
		assertThat(post).hasRedirectedUrl("/organizations/import/" + id);
		return awaitDone(user, id);
	}

	private ImportJob awaitDone(String user, String id) {
		CurrentUser admin = ADMIN;
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !jobs.job(admin, id).running());
		ImportJob job = jobs.job(admin, id);
		assertThat(job.state()).as(String.valueOf(job.error())).isEqualTo(ImportJob.State.DONE);
		return job;
	}

}
