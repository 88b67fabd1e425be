package org.kakehashi.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.kakehashi.DemoUsers;
import org.kakehashi.IntegrationTest;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * JSON Lines import per docs/interfaces.md: per-line report, idempotent by id, never
 * crashes.
 */
@IntegrationTest
class OrganizationImportIntegrationTests {

	static final CurrentUser BIOM_MANAGER = new CurrentUser(2, "manager.biom", "M", Role.CLUSTER_MANAGER, "biom", null);

	static final CurrentUser LSN_MANAGER = new CurrentUser(3, "manager.lsn", "M", Role.CLUSTER_MANAGER, "lsn", null);

	static final String FOREIGN = "id: belongs to an organisation of another cluster; only that cluster's managers or an administrator may change it";

	@Autowired
	DirectoryService directory;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void importsGoodLinesAndReportsEachBadLineWithItsNumberAndReason() throws IOException {
		String p = "imp-" + System.nanoTime();
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		write(file, line(p + "-1", "biom") + "\n");
		write(file, "{not json\n");
		write(file, "{\"id\": \"" + p + "-3\", \"kind\": \"company\"}\n");
		write(file, "{\"id\": \"" + p + "-4\", \"kind\": \"robot\", \"name\": {\"en\": \"X\"}}\n");
		file.write(new byte[] { '{', (byte) 0xFF, '}', '\n' });
		write(file, "\n");
		String seventh = line(p + "-7", "biom");
		write(file, seventh.substring(0, seventh.length() - 1) + ", \"futureField\": {\"a\": [1, 2]}}\n");
		write(file, line(p + "-8", "lsn") + "\n");

		ImportReport report = directory.importOrganizations(BIOM_MANAGER, new ByteArrayInputStream(file.toByteArray()),
				ImportProgress.NONE);

		assertThat(report.created()).isEqualTo(2);
		assertThat(report.rejected()).isEqualTo(5);
		assertThat(report.problems()).extracting(ImportReport.LineProblem::line).containsExactly(2L, 3L, 4L, 5L, 8L);
		assertThat(report.problems().get(0).reason()).startsWith("invalid JSON");
		assertThat(report.problems().get(1).reason()).isEqualTo("name: needs text in at least one language");
		assertThat(report.problems().get(2).reason()).contains("unknown kind 'robot'");
		assertThat(report.problems().get(3).reason()).isEqualTo("line is not valid UTF-8");
		assertThat(report.problems().get(4).reason()).isEqualTo("cluster: you may import only into your own cluster");
		assertThat(directory.organization(p + "-7").names().exactly("de")).isEqualTo("Beispiel");
	}

	@Test
	void reimportingTheSameFileUpdatesInsteadOfDuplicating() throws IOException {
		String id = "reimp-" + System.nanoTime();
		byte[] file = (line(id, "biom") + "\n").getBytes(StandardCharsets.UTF_8);

		ImportReport first = directory.importOrganizations(BIOM_MANAGER, new ByteArrayInputStream(file),
				ImportProgress.NONE);
		ImportReport second = directory.importOrganizations(BIOM_MANAGER, new ByteArrayInputStream(file),
				ImportProgress.NONE);

		assertThat(first.created()).isEqualTo(1);
		assertThat(second.created()).isZero();
		assertThat(second.updated()).isEqualTo(1);
		assertThat(directory.organizations(new OrganizationQuery("biom", null, null, "Beispiel", 0, 500)).items())
			.filteredOn(o -> o.id().equals(id))
			.hasSize(1);
	}

	@Test
	void aHugeLineIsRejectedWithoutStoppingTheImport() throws IOException {
		String id = "huge-" + System.nanoTime();
		String huge = "{\"id\": \"x\", \"kind\": \"company\", \"name\": {\"en\": \"" + "x".repeat(2 * 1024 * 1024)
				+ "\"}}";

		ImportReport report = directory.importOrganizations(BIOM_MANAGER,
				new ByteArrayInputStream((huge + "\n" + line(id, "biom")).getBytes(StandardCharsets.UTF_8)),
				ImportProgress.NONE);

		assertThat(report.problems()).extracting(ImportReport.LineProblem::reason)
			.containsExactly("line is longer than 1048576 bytes");
		assertThat(report.created()).isEqualTo(1);
	}

	@Test
	void aBatchOfLongIdsFitsTheEventRegistry() throws IOException {
		// 500 ids of 60 characters: one event per batch would outgrow event_publication
		// on H2
		String p = ("long-" + System.nanoTime() + "-").repeat(4);
		StringBuilder file = new StringBuilder();
		for (int i = 0; i < 600; i++) {
			file.append(line((i + "-" + p).substring(0, 60), "biom").replace("Beispiel", "Langname")).append('\n');
		}
		ImportReport report = directory.importOrganizations(BIOM_MANAGER,
				new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)), ImportProgress.NONE);

		assertThat(report.created()).isEqualTo(600);
		assertThat(report.rejected()).isZero();
	}

	@Test
	void theApiImportsNdjsonForManagersAndRefusesMembers() {
		String id = "api-imp-" + System.nanoTime();

		assertThat(mvc.post()
			.uri("/api/v1/organizations/import")
			.header("Authorization", "Bearer test-admin-api-key")
			.contentType("application/x-ndjson")
			.content(line(id, "lsn") + "\n{oops\n")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.problems[0].line")
			.isEqualTo(2);
		assertThat(directory.organization(id).clusterId()).isEqualTo("lsn");
	}

	@Test
	void aManagerCannotTakeOverAnotherClustersOrganisationByReusingItsId() throws IOException {
		String victim = "victim-" + System.nanoTime();
		String own = "own-" + System.nanoTime();
		importAs(BIOM_MANAGER, line(victim, "biom"));

		ImportReport report = importAs(LSN_MANAGER,
				line(victim, "lsn").replace("Beispiel", "Übernommen") + "\n" + line(own, "lsn"));

		assertThat(report.summary()).isEqualTo("2 lines: 1 created, 0 updated, 1 rejected");
		assertThat(report.problems()).extracting(p -> p.line() + " " + p.reason()).containsExactly("1 " + FOREIGN);
		Organization untouched = directory.organization(victim);
		assertThat(untouched.clusterId()).isEqualTo("biom");
		assertThat(untouched.names().exactly("de")).isEqualTo("Beispiel");
		assertThat(untouched.version()).isZero();
		assertThat(directory.organization(own).clusterId()).isEqualTo("lsn");
	}

	@Test
	void anOrganisationWithoutClusterIsChangedOnlyByAdministrators() throws IOException {
		String orphan = "orphan-" + System.nanoTime();
		importAs(new CurrentUser(1, "admin", "A", Role.ADMIN, null, null),
				line(orphan, "biom").replace(", \"cluster\": \"biom\"", ""));

		ImportReport report = importAs(BIOM_MANAGER, line(orphan, "biom"));

		assertThat(report.problems()).extracting(ImportReport.LineProblem::reason).containsExactly(FOREIGN);
		assertThat(directory.organization(orphan).clusterId()).isNull();
	}

	@Test
	void anAdministratorMayStillMoveAnOrganisationBetweenClusters() throws IOException {
		String moved = "moved-" + System.nanoTime();
		importAs(BIOM_MANAGER, line(moved, "biom"));

		ImportReport report = importAs(new CurrentUser(1, "admin", "A", Role.ADMIN, null, null), line(moved, "lsn"));

		assertThat(report.updated()).isEqualTo(1);
		assertThat(directory.organization(moved).clusterId()).isEqualTo("lsn");
	}

	@Test
	void theApiRejectsATakeoverLineWithALocalizedReasonAndImportsTheRest() {
		String victim = "api-victim-" + System.nanoTime();
		String own = "api-own-" + System.nanoTime();
		assertThat(mvc.post()
			.uri("/api/v1/organizations/import")
			.header("Authorization", "Bearer test-admin-api-key")
			.contentType("application/x-ndjson")
			.content(line(victim, "biom"))).hasStatusOk();

		var result = mvc.post()
			.uri("/api/v1/organizations/import")
			.with(as(users, DemoUsers.LSN_MANAGER))
			.with(csrf())
			.header("Accept-Language", "de")
			.contentType("application/x-ndjson")
			.content(line(victim, "lsn") + "\n" + line(own, "lsn"));

		assertThat(result).hasStatusOk()
			.bodyJson()
			.extractingPath("$.problems[0]")
			.isEqualTo(java.util.Map.of("line", 1, "code", "import.problem.foreign", "args", java.util.List.of(),
					"reason",
					"id: gehört zu einer Organisation eines anderen Clusters; nur dessen Clustermanager oder eine Administratorin dürfen sie ändern"));
		assertThat(directory.organization(victim).clusterId()).isEqualTo("biom");
		assertThat(directory.organization(own).clusterId()).isEqualTo("lsn");
	}

	private ImportReport importAs(CurrentUser user, String lines) throws IOException {
		return directory.importOrganizations(user, new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
				ImportProgress.NONE);
	}

	private static String line(String id, String cluster) {
		return "{\"id\": \"" + id + "\", \"kind\": \"company\", \"country\": \"DE\", \"cluster\": \"" + cluster
				+ "\", \"name\": {\"de\": \"Beispiel\"}, \"topics\": [\"oncology\"], \"interests\": [\"licensing\"]}";
	}

	private static void write(ByteArrayOutputStream out, String s) throws IOException {
		out.write(s.getBytes(StandardCharsets.UTF_8));
	}

}
