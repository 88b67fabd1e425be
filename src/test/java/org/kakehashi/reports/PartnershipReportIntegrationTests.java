package org.kakehashi.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.ApiCalls;
import org.kakehashi.IntegrationTest;
import org.kakehashi.agreements.CommitmentState;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.NotFoundException;
import org.kakehashi.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partnership reports on the demo data plus the records of {@link ReportFixture} (2001,
 * rolled back after each test): exact figures each way, who may read, and that a funder
 * gets counts only.
 */
@IntegrationTest
@Transactional
class PartnershipReportIntegrationTests {

	static final CurrentUser ADMIN = new CurrentUser(1, "admin", "Admin", Role.ADMIN, null, null);

	static final List<String> NAMES = List.of(ReportFixture.SECRET_TITLE, ReportFixture.PARTICIPANT,
			"Isarbody Therapeutics", "殿町メディカルテック", "Tonomachi MedTech", "Fixture Kawasaki Person");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PartnershipReports reports;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void fixture() {
		new ReportFixture(jdbc).create();
	}

	@Test
	void aYearsFiguresCountThatYearsRecordsEachWay() {
		YearFigures f = reports.report(ADMIN, "biom", "kawasaki", ReportFixture.YEAR).shown();

		assertThat(f.exchangeFromA().posts()).isEqualTo(1);
		assertThat(f.exchangeFromA().regionalUpdates()).isZero();
		assertThat(f.exchangeFromB().posts()).isEqualTo(1);
		assertThat(f.exchangeFromB().regionalUpdates()).isEqualTo(1);
		assertThat(f.meetingsFromA().requested()).isEqualTo(2);
		assertThat(f.meetingsFromA().accepted()).isEqualTo(2);
		assertThat(f.meetingsFromA().placed()).isEqualTo(2);
		assertThat(f.meetingsFromA().held()).isEqualTo(1);
		assertThat(f.meetingsFromA().noShows()).isEqualTo(1);
		assertThat(f.meetingsFromA().feedback()).isEqualTo(1);
		assertThat(f.meetingsFromA().useful()).isEqualTo(1);
		assertThat(f.meetingsFromB().requested()).isEqualTo(1);
		assertThat(f.meetingsFromB().accepted()).isZero();
		assertThat(f.requestsFromA().filed()).isEqualTo(1);
		assertThat(f.requestsFromA().forwarded()).isEqualTo(1);
		assertThat(f.requestsFromA().accepted()).isEqualTo(1);
		assertThat(f.requestsFromA().handled()).isEqualTo(1);
		assertThat(f.requestsFromA().withinServiceLevel()).isEqualTo(1);
		assertThat(f.requestsFromA().introductions()).isEqualTo(1);
		assertThat(f.requestsFromA().outcomes()).isEqualTo(Map.of("partnership", 1));
		assertThat(f.requestsFromB().filed()).isZero();
		assertThat(f.visits().partneringEvents()).isEqualTo(1);
	}

	@Test
	void theWholeHistoryAddsUpEveryYearAndCountsTheCommitmentsOfEachYear() {
		PartnershipReport report = reports.report(ADMIN, "kawasaki", "biom", null);

		assertThat(report.yearNumbers()).contains(ReportFixture.YEAR, 2017, 2020);
		assertThat(report.shown().meetingsFromA().requested())
			.isEqualTo(report.years().stream().mapToInt(y -> y.meetingsFromA().requested()).sum());
		assertThat(report.shown().requestsFromB().filed()).isGreaterThanOrEqualTo(1);
		int commitmentYears = report.commitments().stream().mapToInt(c -> c.states().size()).sum();
		assertThat(report.shown().commitments().values().stream().mapToInt(Integer::intValue).sum())
			.isEqualTo(commitmentYears)
			.isPositive();
		assertThat(report.commitments()).allSatisfy(c -> assertThat(c.states()).doesNotContainKey(ReportFixture.YEAR));
		assertThat(report.years().stream().filter(y -> y.year() == 2020).findFirst().orElseThrow().commitments())
			.isNotEmpty();
	}

	@Test
	void theApiAnswersWithTheSameFigures() {
		MvcTestResult result = mvc.get()
			.uri("/api/v1/reports/partnerships/biom/kawasaki?year=" + ReportFixture.YEAR)
			.with(as(users, "manager.kawasaki"))
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.meetings.requested").isEqualTo(3);
		assertThat(result).bodyJson().extractingPath("$.meetings.held").isEqualTo(1);
		assertThat(result).bodyJson().extractingPath("$.meetings.noShows").isEqualTo(1);
		assertThat(result).bodyJson().extractingPath("$.requests.filed").isEqualTo(1);
		assertThat(result).bodyJson().extractingPath("$.requests.withinServiceLevel").isEqualTo(1);
		assertThat(result).bodyJson().extractingPath("$.exchange.posts").isEqualTo(2);
		assertThat(result).bodyJson().extractingPath("$.requestOutcomes.partnership").isEqualTo(1);
		assertThat(result).bodyJson().extractingPath("$.partneringEvents").isEqualTo(1);
	}

	@Test
	void theFundersStartPageIsTheirReportsAndListsOnlyTheirPartnership() {
		MvcTestResult start = mvc.get().uri("/").with(as(users, "funder")).exchange();
		MvcTestResult list = mvc.get()
			.uri("/reports")
			.header("Accept-Language", "en")
			.with(as(users, "funder"))
			.exchange();

		assertThat(start).hasStatus3xxRedirection().hasRedirectedUrl("/reports");
		assertThat(list).hasStatusOk();
		assertThat(list).bodyText()
			.contains("/reports/partnerships/biom/kawasaki")
			.doesNotContain("/reports/partnerships/biom/obhq")
			.doesNotContain("/reports/partnerships/fbri/lsn");
	}

	@Test
	void aFunderReadsCountsButNoNameOrTitleInPageWorkbookOrPdf() throws IOException {
		String page = body(mvc.get()
			.uri("/reports/partnerships/biom/kawasaki?year=" + ReportFixture.YEAR)
			.header("Accept-Language", "ja")
			.with(as(users, "funder"))
			.exchange());
		MvcTestResult xlsx = mvc.get()
			.uri("/reports/partnerships/biom/kawasaki/" + ReportFixture.YEAR + ".xlsx")
			.header("Accept-Language", "de")
			.with(as(users, "funder"))
			.exchange();

		assertThat(page).contains("id=\"report-meetings\"").contains("<svg");
		NAMES.forEach(name -> assertThat(page).doesNotContain(name));
		assertThat(xlsx).hasStatusOk();
		List<String> cells = cells(xlsx.getResponse().getContentAsByteArray());
		assertThat(cells).contains("Treffen auf Partnering-Veranstaltungen", "stattgefunden");
		NAMES.forEach(name -> assertThat(cells).noneMatch(c -> c.contains(name)));
		String pdf = pdfText(mvc.get()
			.uri("/reports/partnerships/biom/kawasaki/" + ReportFixture.YEAR + ".pdf?lang=ja")
			.with(as(users, "funder"))
			.exchange()
			.getResponse()
			.getContentAsByteArray());
		assertThat(pdf).contains("パートナリングイベントでの面談").contains("実施");
		NAMES.forEach(name -> assertThat(pdf).doesNotContain(name));
	}

	@Test
	void theWorkbookHoldsTheFiguresBehindTheCharts() throws IOException {
		MvcTestResult xlsx = mvc.get()
			.uri("/reports/partnerships/biom/kawasaki/" + ReportFixture.YEAR + ".xlsx")
			.header("Accept-Language", "en")
			.with(as(users, "manager.biom"))
			.exchange();

		try (XSSFWorkbook book = new XSSFWorkbook(
				new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
			Sheet meetings = book.getSheet("Meetings at partnering events");
			Row held = row(meetings, "held");
			assertThat(held.getCell(1).getNumericCellValue()).isEqualTo(1.0);
			assertThat(held.getCell(2).getNumericCellValue()).isEqualTo(0.0);
			assertThat(row(meetings, "requested").getCell(2).getNumericCellValue()).isEqualTo(1.0);
		}
	}

	@Test
	void pdfsComeInEachLanguageAndSideBySide() {
		for (String lang : List.of("de", "en", "ja", "de-ja")) {
			MvcTestResult pdf = mvc.get()
				.uri("/reports/partnerships/biom/kawasaki/all.pdf?lang=" + lang)
				.with(as(users, "manager.kawasaki"))
				.exchange();

			assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
			byte[] bytes = pdf.getResponse().getContentAsByteArray();
			assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
			assertThat(pdf.getResponse().getHeader("Content-Disposition")).contains("-all-" + lang + ".pdf");
		}
	}

	@Test
	void thePartnershipPageLinksToTheReportForThoseWhoMayReadIt() {
		String manager = body(
				mvc.get().uri("/partnerships/biom/kawasaki").with(as(users, "manager.kawasaki")).exchange());
		String member = body(mvc.get().uri("/partnerships/biom/kawasaki").with(as(users, "member.biom")).exchange());
		String other = body(mvc.get().uri("/partnerships/biom/kawasaki").with(as(users, "manager.lsn")).exchange());

		assertThat(manager).contains("id=\"partnership-report\"").contains("/reports/partnerships/biom/kawasaki");
		assertThat(member).doesNotContain("partnership-report");
		assertThat(other).doesNotContain("partnership-report");
	}

	@Test
	void anIntroductionAsksTheRequesterWhatCameOfItAndTheFormOpensForThatPartner() {
		String request = body(mvc.get().uri("/requests/fixture-2001-1").with(as(users, "member.biom")).exchange());
		String partner = body(mvc.get().uri("/requests/fixture-2001-1").with(as(users, "manager.kawasaki")).exchange());
		String form = body(mvc.get()
			.uri("/outcomes?source=request&ref=fixture-2001-1&partner=kawasaki-0001")
			.with(as(users, "member.biom"))
			.exchange());

		assertThat(request).contains("/outcomes?source=request&amp;ref=fixture-2001-1&amp;partner=kawasaki-0001");
		assertThat(partner).doesNotContain("introduction-outcome");
		assertThat(form).containsPattern("<option value=\"kawasaki-0001\" selected=\"selected\"")
			.containsPattern("<option value=\"request\" selected=\"selected\"")
			.contains("name=\"ref\" value=\"fixture-2001-1\"")
			.contains("value=\"2001-04-01\"");
	}

	@Test
	void nobodyElseFindsTheReport() {
		for (String user : List.of("manager.lsn", "member.biom", "member.lsn", "manager.osaka")) {
			assertThat(mvc.get().uri("/reports/partnerships/biom/kawasaki").with(as(users, user)).exchange()).as(user)
				.hasStatus(404);
			assertThat(mvc.get().uri("/reports/partnerships/biom/kawasaki/all.xlsx").with(as(users, user)).exchange())
				.as(user)
				.hasStatus(404);
		}
		assertThat(mvc.get().uri("/reports/partnerships/fbri/lsn").with(as(users, "funder")).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/reports/partnerships/biom/biom").with(as(users, "admin")).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/reports/partnerships/lsn/kawasaki").with(as(users, "admin")).exchange())
			.hasStatus(404);
		assertThat(mvc.get().uri("/reports/partnerships/biom/kawasaki/soon.pdf").with(as(users, "admin")).exchange())
			.hasStatus(404);
		assertThat(mvc.get().uri("/reports").with(as(users, "member.biom")).exchange()).hasStatus(403);
		MvcTestResult api = mvc.get()
			.uri("/api/v1/reports/partnerships/biom/kawasaki")
			.with(as(users, "manager.lsn"))
			.exchange();
		assertThat(api).hasStatus(404);
		assertThat(api).bodyJson().extractingPath("$.type").isEqualTo("urn:kakehashi:problem:not-found");
	}

	@Test
	void aYearThatIsNoNumberIsABadRequestNotAnError() {
		assertThat(mvc.get().uri("/reports/partnerships/biom/kawasaki?year=abc").with(as(users, "admin")).exchange())
			.hasStatus(400);
		assertThat(mvc.get()
			.uri("/api/v1/reports/partnerships/biom/kawasaki?year=abc")
			.with(as(users, "admin"))
			.exchange()).hasStatus(400);
	}

	@Test
	void anAdministratorAttachesAFunderToAnotherPartnershipAndDetachesIt() {
		assertThat(mvc.get().uri("/reports/partnerships/biom/obhq").with(as(users, "funder")).exchange())
			.hasStatus(404);

		MvcTestResult attached = mvc.post()
			.uri("/reports/funders")
			.with(as(users, "admin"))
			.with(csrf())
			.param("username", "funder")
			.param("partnership", "biom/obhq")
			.exchange();

		assertThat(attached).hasStatus3xxRedirection().flash().containsEntry("message", "funders.attached");
		assertThat(mvc.get().uri("/reports/partnerships/obhq/biom").with(as(users, "funder")).exchange()).hasStatusOk();
		MvcTestResult detached = mvc.post()
			.uri("/reports/funders/delete")
			.with(as(users, "admin"))
			.with(csrf())
			.param("username", "funder")
			.param("partnership", "biom/obhq")
			.exchange();
		assertThat(detached).flash().containsEntry("message", "funders.detached");
		assertThat(mvc.get().uri("/reports/partnerships/biom/obhq").with(as(users, "funder")).exchange())
			.hasStatus(404);
	}

	@Test
	void onlyFunderAccountsAreAttachedAndBadInputIsAFormError() {
		for (Map<String, String> form : List.of(Map.of("username", "member.biom", "partnership", "biom/obhq"),
				Map.of("username", "funder", "partnership", "biom/nowhere"), Map.of("username", "funder"),
				Map.of("username", "nobody", "partnership", "biom/obhq"))) {
			var request = mvc.post().uri("/reports/funders").with(as(users, "admin")).with(csrf());
			form.forEach(request::param);

			MvcTestResult result = request.exchange();

			assertThat(result).as(form.toString())
				.hasStatus3xxRedirection()
				.flash()
				.containsEntry("error", "funders.invalid");
		}
		assertThat(reports.partnerships()).contains(new Partnership("kawasaki", "biom"));
	}

	@Test
	void theFacadeRefusesReadersWithoutAccess() {
		CurrentUser lsn = new CurrentUser(99, "manager.lsn", "LSN", Role.CLUSTER_MANAGER, "lsn", null);

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> reports.report(lsn, "biom", "kawasaki", null))
			.isInstanceOf(NotFoundException.class);
	}

	private static String body(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return ApiCalls.body(result);
	}

	private static Row row(Sheet sheet, String label) {
		for (Row row : sheet) {
			Cell first = row.getCell(0);
			if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
				return row;
			}
		}
		throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
	}

	/**
	 * The text of every page; the embedded font's Unicode map makes Japanese readable.
	 */
	private static String pdfText(byte[] pdf) throws IOException {
		PdfReader reader = new PdfReader(pdf);
		PdfTextExtractor extractor = new PdfTextExtractor(reader);
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(extractor.getTextFromPage(page)).append('\n');
		}
		return text.toString();
	}

	private static List<String> cells(byte[] xlsx) throws IOException {
		List<String> texts = new ArrayList<>();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Sheet sheet : book) {
				texts.add(sheet.getSheetName());
				for (Row row : sheet) {
					for (Cell cell : row) {
						if (cell.getCellType() == CellType.STRING) {
							texts.add(cell.getStringCellValue());
						}
					}
				}
			}
		}
		return texts;
	}

}
