package org.kakehashi.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kakehashi.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kakehashi.IntegrationTest;
import org.kakehashi.accounts.AccountService;
import org.kakehashi.exchange.PostDraft;
import org.kakehashi.exchange.PostKind;
import org.kakehashi.exchange.PostService;
import org.kakehashi.shared.LocalizedText;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.NotFoundException;
import org.kakehashi.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The agreement pages for managers: create, edit with conflict detection, renew,
 * documents, assessments, history; and the refusals for everyone else.
 */
@IntegrationTest
class AgreementPagesIntegrationTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AgreementEditing editing;

	@Autowired
	AgreementService agreements;

	@Autowired
	PostService posts;

	@Autowired
	AccountService accounts;

	@Test
	void commitmentRecordsReadInTheReadersLanguageWithoutIdsOrCodes() throws Exception {
		var author = accounts.user("manager.biom").orElseThrow();
		String title = "Evidence " + Long.toString(System.nanoTime(), 36);
		posts.create(
				new CurrentUser(author.id(), author.username(), author.displayName(), author.role(), author.cluster(),
						author.organization()),
				new PostDraft(PostKind.REGIONAL_UPDATE, LocalizedText.of("en", title), LocalizedText.of("en", title),
						false, List.of("obhq"), 0));

		String page = mvc.get()
			.uri("/agreements/biom-obhq-2022")
			.header("Accept-Language", "ja")
			.with(as(users, "manager.osaka"))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("地域ニュース（パートナーと共有）")
			.doesNotContain("shared with partners")
			.doesNotContain("regional-update")
			.doesNotContain("Entry-portal request");
	}

	@Test
	void aManagerCreatesAnAgreementInTheFormAndSeesItsHistory() {
		String id = AgreementApiIntegrationTests.uniqueId("ui-create");

		MvcTestResult created = form(mvc.post().uri("/agreements"), "manager.lsn", id, "0");

		assertThat(created).hasStatus3xxRedirection().hasRedirectedUrl("/agreements/" + id);
		MvcTestResult page = mvc.get()
			.uri("/agreements/" + id)
			.header("Accept-Language", "de")
			.with(as(users, "manager.lsn"))
			.exchange();
		assertThat(page).bodyText()
			.contains("UI test agreement")
			.contains("id=\"audit-history\"")
			.contains("hat die Vereinbarung angelegt")
			.contains("mindestens 1× pro Jahr")
			.contains("bei: BioJapan");
	}

	@Test
	void fieldErrorsAreShownInTheUsersLanguage() {
		MvcTestResult result = mvc.post()
			.uri("/agreements")
			.header("Accept-Language", "ja")
			.with(as(users, "manager.kobe"))
			.with(csrf())
			.param("kind", "letter-of-intent")
			.param("parties", "fbri")
			.param("startsOn", "2026-05-01")
			.param("endsOn", "2026-01-01")
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("agreements/form");
		assertThat(result).bodyText()
			.contains("少なくとも1つの言語で名称を入力してください。")
			.contains("協定には2つ以上の当事者が必要です。")
			.contains("終了日が開始日より前です。");
	}

	@Test
	void savingOverSomeoneElsesChangeShowsTheConflictInsteadOfOverwriting() {
		String id = AgreementApiIntegrationTests.uniqueId("ui-conflict");
		form(mvc.post().uri("/agreements"), "manager.lsn", id, "0");
		form(mvc.post().uri("/agreements/" + id + "/edit"), "manager.kobe", null, "0");

		MvcTestResult stale = mvc.post()
			.uri("/agreements/" + id + "/edit")
			.header("Accept-Language", "de")
			.with(as(users, "manager.lsn"))
			.with(csrf())
			.param("kind", "letter-of-intent")
			.param("titleEn", "Overwritten")
			.param("parties", "lsn", "fbri")
			.param("version", "0")
			.exchange();

		assertThat(stale).hasStatusOk().bodyText().contains("Jemand anderes hat diesen Eintrag inzwischen geändert.");
		assertThat(mvc.get().uri("/agreements/" + id).with(as(users, "funder")).exchange()).bodyText()
			.doesNotContain("Overwritten");
	}

	@Test
	void nobodyButThePartiesManagersGetsTheForms() {
		String id = AgreementApiIntegrationTests.uniqueId("ui-denied");
		form(mvc.post().uri("/agreements"), "manager.lsn", id, "0");

		assertThat(mvc.get().uri("/agreements/" + id + "/edit").with(as(users, "manager.biom"))).hasStatus(403);
		assertThat(mvc.get().uri("/agreements/" + id + "/edit").with(as(users, "member.lsn"))).hasStatus(403);
		assertThat(mvc.get().uri("/agreements/" + id + "/edit").with(as(users, "funder"))).hasStatus(403);
		assertThat(mvc.get().uri("/agreements/new").with(as(users, "member.biom"))).hasStatus(403);
		assertThat(mvc.get().uri("/agreements/" + id + "/edit")).hasStatus(302).hasRedirectedUrl("/login");
		assertThat(form(mvc.post().uri("/agreements/" + id + "/edit"), "manager.biom", null, "0")).hasStatus(403);
		assertThat(form(mvc.post().uri("/agreements/" + id + "/edit"), "funder", null, "0")).hasStatus(403);
		assertThat(mvc.get().uri("/agreements/" + id).with(as(users, "manager.biom"))).hasStatusOk()
			.bodyText()
			.doesNotContain("/agreements/" + id + "/edit")
			.doesNotContain("id=\"audit-history\"");
		assertThat(mvc.get().uri("/agreements/" + id).with(as(users, "manager.kobe"))).bodyText()
			.contains("/agreements/" + id + "/edit");
		assertThat(mvc.post()
			.uri("/agreements/" + id + "/edit")
			.with(as(users, "manager.biom"))
			.with(csrf())
			.param("add", "signatory")).hasStatus(403);
		assertThat(mvc.post()
			.uri("/agreements/" + id + "/renewals")
			.with(as(users, "manager.biom"))
			.with(csrf())
			.param("add", "signatory")).hasStatus(403);
		assertThat(mvc.post().uri("/agreements").with(as(users, "member.lsn")).with(csrf()).param("add", "signatory"))
			.hasStatus(403);
	}

	@Test
	void signatoryRowsOfferThePartiesByNameAndTheCapacityInTheReadersLanguage() throws Exception {
		String id = AgreementApiIntegrationTests.uniqueId("ui-rows");
		form(mvc.post().uri("/agreements"), "manager.lsn", id, "0");

		String german = mvc.get()
			.uri("/agreements/" + id + "/edit")
			.header("Accept-Language", "de")
			.with(as(users, "manager.lsn"))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String japanese = mvc.get()
			.uri("/agreements/new")
			.header("Accept-Language", "ja")
			.with(as(users, "manager.kobe"))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(german).contains("Unterzeichnet für", "Weitere Person hinzufügen", "— keine Partei (z. B. Zeuge)")
			.contains("value=\"Dr. Test Person\"")
			.containsPattern("<optgroup label=\"Parteien dieser Vereinbarung\">\\s*"
					+ "<option value=\"lsn\" selected=\"selected\">Life Science Nord Management GmbH</option>")
			.contains("<optgroup label=\"Weitere Cluster – oben als Partei ankreuzen\">")
			.contains("<option value=\"WITNESS\">Zeuge</option>")
			.doesNotContain("signatory oder witness");
		// one filled row and two blank ones
		assertThat(german).contains("id=\"s2name\"").doesNotContain("id=\"s3name\"");
		assertThat(japanese).contains("署名する当事者", "署名者の行を追加", "<option value=\"WITNESS\">立会人</option>")
			.containsPattern("<optgroup label=\"この協定の当事者\">\\s*<option value=\"fbri\">公益財団法人神戸医療産業都市推進機構</option>")
			.contains("id=\"s0name\"", "id=\"s1name\"")
			.doesNotContain("当事者ID");
	}

	@Test
	void signatoryRowsAreSavedAsTheyWereEnteredAndClearedRowsAreDropped() {
		String id = AgreementApiIntegrationTests.uniqueId("ui-signatories");

		MvcTestResult created = form(mvc.post().uri("/agreements"), "manager.lsn", id, "0", "signatories[2].name",
				"Consul General", "signatories[2].capacity", "WITNESS", "signatories[1].name", "",
				"signatories[1].capacity", "SIGNATORY", "signatories[3].name", "Dr. Kobe", "signatories[3].function",
				"Director", "signatories[3].partyId", "fbri", "signatories[3].capacity", "SIGNATORY");

		assertThat(created).hasStatus3xxRedirection();
		assertThat(agreements.agreement(id).agreement().signatories()).containsExactly(
				new Signatory("Dr. Test Person", "Managing Director", "lsn", Signatory.Capacity.SIGNATORY),
				new Signatory("Consul General", null, null, Signatory.Capacity.WITNESS),
				new Signatory("Dr. Kobe", "Director", "fbri", Signatory.Capacity.SIGNATORY));
	}

	@Test
	void aSignatoryForAnUnknownPartyIsRefusedAtItsRowAndTheInputIsKept() {
		String id = AgreementApiIntegrationTests.uniqueId("ui-bad-party");

		MvcTestResult result = mvc.post()
			.uri("/agreements")
			.header("Accept-Language", "ja")
			.with(as(users, "manager.lsn"))
			.with(csrf())
			.param("id", id)
			.param("kind", "letter-of-intent")
			.param("titleEn", "Bad party")
			.param("parties", "lsn", "fbri")
			.param("signatories[0].name", "")
			.param("signatories[0].capacity", "SIGNATORY")
			.param("signatories[1].name", "Someone Else")
			.param("signatories[1].partyId", "nowhere")
			.param("signatories[1].capacity", "SIGNATORY")
			.param("signatories[2].name", "Third Person")
			.param("signatories[2].partyId", "biom")
			.param("signatories[2].capacity", "POPE")
			.param("version", "0")
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("agreements/form");
		assertThat(result).bodyText()
			.contains("id=\"s1party-error\">署名者が署名できるのは、この協定の当事者のためだけです（当事者なしも可）。</div>")
			.contains("id=\"s2party-error\">署名者が署名できるのは")
			.contains("id=\"s2capacity-error\">署名者か立会人を選んでください。</div>")
			.doesNotContain("id=\"s0party-error\"")
			.contains("value=\"Someone Else\"", "value=\"Third Person\"", "value=\"Bad party\"");
		assertThatThrownBy(() -> agreements.agreement(id)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void addingARowShowsTheFormAgainWithOneMoreRowAndSavesNothing() {
		String id = AgreementApiIntegrationTests.uniqueId("ui-add-row");

		MvcTestResult result = form(mvc.post().uri("/agreements"), "manager.lsn", id, "0", "add", "signatory");

		assertThat(result).hasStatusOk().hasViewName("agreements/form");
		assertThat(result).bodyText()
			.contains("value=\"Dr. Test Person\"", "value=\"UI test agreement\"", "value=\"Visit once a year\"")
			.containsPattern("id=\"s1name\"[^>]*autofocus")
			.doesNotContain("id=\"s2name\"")
			.doesNotContain("class=\"invalid-feedback\" id=");
		assertThatThrownBy(() -> agreements.agreement(id)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void creatingARenewalPrefillsTheFormAndLinksTheChain() {
		String id = AgreementApiIntegrationTests.uniqueId("ui-renew");
		form(mvc.post().uri("/agreements"), "manager.lsn", id, "0");
		String renewalId = id + "-r";

		MvcTestResult prefilled = mvc.get()
			.uri("/agreements/" + id + "/renew")
			.with(as(users, "manager.kobe"))
			.exchange();
		MvcTestResult renewed = mvc.post()
			.uri("/agreements/" + id + "/renewals")
			.with(as(users, "manager.kobe"))
			.with(csrf())
			.param("id", renewalId)
			.param("kind", "letter-of-intent")
			.param("titleEn", "UI test agreement (renewed)")
			.param("parties", "lsn", "fbri")
			.param("signedOn", "2028-01-05")
			.param("startsOn", "2028-01-10")
			.param("endsOn", "2030-01-09")
			.param("commitments[0].kind", "meetings")
			.param("commitments[0].textEn", "Visit once a year")
			.param("commitments[0].minimum", "1")
			.param("commitments[0].period", "year")
			.exchange();

		assertThat(prefilled).hasStatusOk()
			.bodyText()
			.contains("value=\"2028-01-10\"")
			.contains("value=\"2030-01-09\"")
			.contains("UI test agreement")
			.contains("value=\"Visit once a year\"");
		assertThat(renewed).hasStatus3xxRedirection().hasRedirectedUrl("/agreements/" + renewalId);
		assertThat(mvc.get().uri("/agreements/" + renewalId).with(as(users, "funder")).exchange()).bodyText()
			.contains("href=\"/agreements/" + id + "\"");
		assertThat(mvc.get().uri("/agreements/" + id).with(as(users, "member.lsn")).exchange()).bodyText()
			.contains("href=\"/agreements/" + renewalId + "\"");
	}

	@Test
	void pdfsAreUploadedByManagersAndReadByEveryoneSignedIn() throws Exception {
		String id = AgreementApiIntegrationTests.uniqueId("ui-docs");
		form(mvc.post().uri("/agreements"), "manager.lsn", id, "0");

		MvcTestResult ok = upload(id, "manager.kobe",
				new MockMultipartFile("file", "../../etc/LoI signed.pdf", "application/pdf", PDF));
		MvcTestResult fake = upload(id, "manager.kobe", new MockMultipartFile("file", "virus.pdf", "application/pdf",
				"MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1)));
		MvcTestResult wrongType = upload(id, "manager.kobe", new MockMultipartFile("file", "x.pdf", "text/html", PDF));
		MvcTestResult other = upload(id, "manager.biom",
				new MockMultipartFile("file", "x.pdf", "application/pdf", PDF));

		assertThat(ok).hasStatus3xxRedirection().flash().containsEntry("message", "document.uploaded");
		assertThat(fake).flash().containsEntry("error", "document.error.not-pdf");
		assertThat(wrongType).flash().containsEntry("error", "document.error.not-pdf");
		assertThat(other).hasStatus(403);
		String page = mvc.get()
			.uri("/agreements/" + id)
			.with(as(users, "member.biom"))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("LoI signed.pdf").doesNotContain("virus.pdf").doesNotContain("../");
		String link = page.replaceAll("(?s).*href=\"(/agreements/" + id + "/documents/[0-9a-f-]+)\".*", "$1");
		assertThat(mvc.get().uri(link).with(as(users, "member.biom"))).hasStatusOk()
			.hasContentType("application/pdf")
			.hasBodyTextEqualTo(new String(PDF, StandardCharsets.US_ASCII));
		assertThat(mvc.get().uri(link)).hasStatus(302).hasRedirectedUrl("/login");
		assertThat(mvc.post().uri(link + "/delete").with(as(users, "manager.biom")).with(csrf())).hasStatus(403);
		assertThat(mvc.post().uri(link + "/delete").with(as(users, "manager.lsn")).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(mvc.get().uri(link).with(as(users, "member.biom"))).hasStatus(404);
	}

	@Test
	void aManagerAssessesAFreeTextCommitmentWithANote() {
		String id = AgreementApiIntegrationTests.uniqueId("ui-assess");
		form(mvc.post().uri("/agreements"), "manager.lsn", id, "0");

		MvcTestResult assessed = mvc.post()
			.uri("/agreements/" + id + "/commitments/2/assessments")
			.with(as(users, "manager.lsn"))
			.with(csrf())
			.param("periodStart", "2026-01-10")
			.param("verdict", "met")
			.param("note", "Network evening in Kiel held")
			.exchange();
		MvcTestResult refused = mvc.post()
			.uri("/agreements/" + id + "/commitments/2/assessments")
			.with(as(users, "member.lsn"))
			.with(csrf())
			.param("periodStart", "2026-01-10")
			.param("verdict", "missed")
			.param("note", "x")
			.exchange();

		assertThat(assessed).hasStatus3xxRedirection().flash().containsEntry("message", "commitment.assessment.saved");
		assertThat(refused).hasStatus(403);
		assertThat(mvc.get().uri("/agreements/" + id).with(as(users, "funder"))).bodyText()
			.contains("Network evening in Kiel held")
			.contains("Assessed by manager.lsn");
	}

	@Test
	void thePartnershipTimelineShowsTheWholeChainAndTheYears() {
		MvcTestResult page = mvc.get().uri("/partnerships/biom/kawasaki").with(as(users, "member.biom")).exchange();

		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("href=\"/agreements/biom-kawasaki-2017\"")
			.contains("href=\"/agreements/biom-kawasaki-2020\"")
			.contains("<td>2021</td>");
		assertThat(mvc.get().uri("/partnerships/biom/nowhere").with(as(users, "member.biom"))).hasStatus(404);
		assertThat(mvc.get().uri("/partnerships/biom/kawasaki")).hasStatus(302);
	}

	@Test
	void aClusterIsNoPartnerOfItself() {
		for (String user : java.util.List.of("member.biom", "manager.biom", "admin")) {
			assertThat(mvc.get().uri("/partnerships/biom/biom").with(as(users, user))).as(user).hasStatus(404);
		}
		assertThat(mvc.get().uri("/partnerships/biom/biom")).hasStatus(302);
	}

	@Test
	void anAdministratorMayEditAnyAgreement() {
		CurrentUser admin = new CurrentUser(1, "admin", "Admin", Role.ADMIN, null, null);
		String id = AgreementApiIntegrationTests.uniqueId("ui-admin");
		form(mvc.post().uri("/agreements"), "manager.lsn", id, "0");

		Agreement changed = editing.update(admin, id, AgreementDraft.of(agreements.agreement(id).agreement()));

		assertThat(changed.version()).isEqualTo(1);
	}

	private MvcTestResult upload(String id, String who, MockMultipartFile file) {
		return mvc.post()
			.uri("/agreements/" + id + "/documents")
			.multipart()
			.file(file)
			.with(as(users, who))
			.with(csrf())
			.exchange();
	}

	private MvcTestResult form(MockMvcRequestBuilder request, String who, String id, String version, String... more) {
		MockMvcRequestBuilder r = request.with(as(users, who))
			.with(csrf())
			.param("kind", "letter-of-intent")
			.param("titleEn", "UI test agreement")
			.param("titleJa", "UIテスト協定")
			.param("parties", "lsn", "fbri")
			.param("signedOn", "2026-01-10")
			.param("endsOn", "2028-01-09")
			.param("signatories[0].name", "Dr. Test Person")
			.param("signatories[0].function", "Managing Director")
			.param("signatories[0].partyId", "lsn")
			.param("signatories[0].capacity", "SIGNATORY")
			.param("commitments[0].kind", "meetings")
			.param("commitments[0].textEn", "Visit once a year")
			.param("commitments[0].minimum", "1")
			.param("commitments[0].period", "year")
			.param("commitments[0].atEvents", "BioJapan")
			.param("commitments[1].kind", "free-text")
			.param("commitments[1].textEn", "Network")
			.param("version", version);
		if (id != null) {
			r = r.param("id", id);
		}
		for (int i = 0; i < more.length; i += 2) {
			r = r.param(more[i], more[i + 1]);
		}
		return r.exchange();
	}

}
