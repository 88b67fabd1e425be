package org.kakehashi.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.DemoUsers.as;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.DemoUsers;
import org.kakehashi.IntegrationTest;
import org.kakehashi.directory.Contact;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.directory.ImportFields;
import org.kakehashi.directory.ImportJob;
import org.kakehashi.directory.ImportJobs;
import org.kakehashi.directory.ImportProgress;
import org.kakehashi.directory.Organization;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Export in three formats: public profiles for everyone, contacts only inside their
 * cluster.
 */
@IntegrationTest
class ExportIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DirectoryService directory;

	@Autowired
	ImportJobs jobs;

	String token;

	@BeforeEach
	void twoOrganisationsWithContactsInTwoClusters() throws IOException {
		token = "exp" + System.nanoTime();
		String file = line(token + "-biom", "biom", "biom-secret") + "\n" + line(token + "-lsn", "lsn", "lsn-secret")
				+ "\n";
		var admin = new CurrentUser(1, "admin", "A", Role.ADMIN, null, null);
		assertThat(directory
			.importOrganizations(admin, new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
					ImportProgress.NONE)
			.created()).isEqualTo(2);
	}

	private String line(String id, String cluster, String person) {
		return "{\"id\":\"" + id + "\",\"kind\":\"company\",\"cluster\":\"" + cluster + "\",\"name\":{\"en\":\"Export "
				+ token + " " + cluster + "\",\"ja\":\"輸出\"},\"topics\":[\"oncology\"],\"contacts\":[{\"name\":\""
				+ person + "\",\"email\":\"" + person + "@" + token + ".example.org\",\"role\":\"BD\"}]}";
	}

	@Test
	void contactsOfAnotherClusterNeverAppearInAnyFormat() throws IOException {
		for (String format : List.of("jsonl", "csv", "xlsx")) {
			String biom = text(DemoUsers.BIOM_MANAGER, format);
			assertThat(biom).as(format)
				.contains(token + "-biom", token + "-lsn", "biom-secret@" + token)
				.doesNotContain("lsn-secret");
			String lsnMember = text(DemoUsers.LSN_MEMBER, format);
			assertThat(lsnMember).as(format).contains("lsn-secret@" + token).doesNotContain("biom-secret");
			String funder = text(DemoUsers.FUNDER, format);
			assertThat(funder).as(format).contains(token + "-biom", token + "-lsn").doesNotContain("secret");
		}
	}

	@Test
	void theApiExportsWithTheSameRules() throws IOException {
		String jsonl = mvc.get()
			.uri("/api/v1/organizations/export?format=jsonl&q={q}", "Export " + token)
			.header("Authorization", "Bearer " + DemoUsers.ADMIN_API_KEY)
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(jsonl.lines()).hasSize(2).allMatch(l -> l.contains("\"contacts\":[{"));
		assertThat(jsonl).contains("biom-secret", "lsn-secret").doesNotContain("\"version\"");
		assertThat(mvc.get()
			.uri("/api/v1/organizations/export?format=pdf")
			.header("Authorization", "Bearer " + DemoUsers.ADMIN_API_KEY)).hasStatus(400);
		assertThat(mvc.get().uri("/api/v1/organizations/export?format=jsonl")).hasStatus(401);
	}

	@Test
	void filtersApplyAndTheCsvUsesTheImportColumns() throws IOException {
		String csv = mvc.get()
			.uri("/organizations/export?format=csv&cluster=lsn&q={q}", "Export " + token)
			.with(as(users, DemoUsers.LSN_MANAGER))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv.replace("\uFEFF", ""))).getRecords();
		assertThat(records.get(0).toList()).isEqualTo(ImportFields.ALL);
		assertThat(records).hasSize(2);
		assertThat(records.get(1).get(ImportFields.ALL.indexOf("contact.email")))
			.isEqualTo("lsn-secret@" + token + ".example.org");
		assertThat(records.get(1).get(ImportFields.ALL.indexOf("name.ja"))).isEqualTo("輸出");
	}

	@Test
	void formulaLikeTextIsNeutralisedInTheCsvAndImportsBackUnchanged() throws IOException {
		var admin = new CurrentUser(1, "admin", "A", Role.ADMIN, null, null);
		List<String> hostile = List.of("=HYPERLINK(\"https://evil.example\",\"Export " + token + "\")",
				"+1 Export " + token, "-2 Export " + token, "@SUM(1) Export " + token, "'quoted Export " + token);
		StringBuilder file = new StringBuilder();
		for (int i = 0; i < hostile.size(); i++) {
			file.append("{\"id\":\"" + token + "-f" + i
					+ "\",\"kind\":\"company\",\"cluster\":\"biom\",\"name\":{\"en\":" + "\""
					+ hostile.get(i).replace("\"", "\\\"") + "\"},\"contacts\":[{\"name\":\"=cmd|' /C calc'!A0\"}]}\n");
		}
		assertThat(directory
			.importOrganizations(admin, new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)),
					ImportProgress.NONE)
			.created()).isEqualTo(hostile.size());

		String csv = mvc.get()
			.uri("/organizations/export?format=csv&cluster=biom&q={q}", "Export " + token)
			.with(as(users, DemoUsers.ADMIN))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv.replace("\uFEFF", ""))).getRecords();
		int name = ImportFields.ALL.indexOf("name.en");
		int contact = ImportFields.ALL.indexOf("contact.name");
		List<CSVRecord> rows = records.stream().filter(r -> r.get(0).startsWith(token + "-f")).toList();
		assertThat(rows).extracting(r -> r.get(name))
			.containsExactlyInAnyOrder("'=HYPERLINK(\"https://evil.example\",\"Export " + token + "\")",
					"'+1 Export " + token, "'-2 Export " + token, "'@SUM(1) Export " + token,
					"''quoted Export " + token);
		assertThat(rows).extracting(r -> r.get(contact)).containsOnly("'=cmd|' /C calc'!A0");

		ImportJob again = jobs.upload(admin, "again.csv",
				new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), null);
		jobs.start(admin, again.id(), ImportFields.ALL);
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !jobs.job(admin, again.id()).running());
		assertThat(jobs.job(admin, again.id()).report().rejected()).isZero();
		for (int i = 0; i < hostile.size(); i++) {
			Organization o = directory.organization(token + "-f" + i);
			assertThat(o.names().exactly("en")).isEqualTo(hostile.get(i));
			assertThat(o.version()).isEqualTo(1);
			assertThat(directory.contactsFor(admin, o)).extracting(Contact::name).containsExactly("=cmd|' /C calc'!A0");
		}
	}

	@Test
	void xlsxCellsAreWrittenAsTextNeverAsFormulas() throws IOException {
		var admin = new CurrentUser(1, "admin", "A", Role.ADMIN, null, null);
		String line = "{\"id\":\"" + token + "-x\",\"kind\":\"company\",\"cluster\":\"biom\",\"name\":{\"en\":"
				+ "\"=1+1 Export " + token + "\"}}";
		directory.importOrganizations(admin, new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)),
				ImportProgress.NONE);

		var response = mvc.get()
			.uri("/organizations/export?format=xlsx&cluster=biom&q={q}", "Export " + token)
			.with(as(users, DemoUsers.ADMIN))
			.exchange()
			.getResponse();

		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			List<Cell> cells = new java.util.ArrayList<>();
			wb.getSheetAt(0).forEach(row -> row.forEach(cells::add));
			assertThat(cells).isNotEmpty()
				.allMatch(c -> c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING);
			assertThat(cells).extracting(Cell::getStringCellValue).contains("=1+1 Export " + token);
		}
	}

	@Test
	void anonymousUsersCannotExport() {
		assertThat(mvc.get().uri("/organizations/export?format=csv")).hasStatus3xxRedirection();
	}

	private String text(String user, String format) throws IOException {
		var response = mvc.get()
			.uri("/organizations/export?format={f}&q={q}", format, "Export " + token)
			.with(as(users, user))
			.exchange()
			.getResponse();
		if (!format.equals("xlsx")) {
			return response.getContentAsString(StandardCharsets.UTF_8);
		}
		StringBuilder all = new StringBuilder();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			for (Row row : wb.getSheetAt(0)) {
				for (Cell cell : row) {
					all.append(cell.getStringCellValue()).append('\t');
				}
				all.append('\n');
			}
		}
		return all.toString();
	}

}
