package org.kakehashi.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kakehashi.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kakehashi.ApiCalls;
import org.kakehashi.IntegrationTest;
import org.kakehashi.accounts.AccountService;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Anonymous opportunities, interest routed between clusters, and names revealed only on
 * mutual consent.
 */
@IntegrationTest
@RecordApplicationEvents
class OpportunityIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	OpportunityService opportunities;

	@Autowired
	Interests interests;

	@Autowired
	AccountService accounts;

	@Autowired
	ApplicationEvents events;

	@Autowired
	JdbcClient jdbc;

	OpportunityView kawasakiOffer(String title) {
		return opportunities.create(ExchangeFixtures.current(accounts, "member.kawasaki"),
				new OpportunityDraft(OpportunityType.TECHNOLOGY_OFFER, LocalizedText.of("ja", title),
						LocalizedText.of("ja", "抗体医薬の新しい製造方法。"), List.of("antibody"), DevelopmentStage.PROTOTYPE,
						LocalizedText.of("en", "A CDMO in Germany"), null, null));
	}

	@Test
	void outsidersSeeTheOpportunityWithoutTheOwnersName() {
		OpportunityView o = kawasakiOffer(ExchangeFixtures.unique("抗体製造"));

		assertThat(mvc.get().uri("/api/v1/opportunities/" + o.id()).with(as(users, "member.biom"))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.ownerOrganizationId")
			.isNull();
		assertThat(mvc.get().uri("/opportunities/" + o.id()).with(as(users, "member.biom"))).hasStatusOk()
			.bodyText()
			.doesNotContain("Tonomachi MedTech")
			.doesNotContain("株式会社殿町メディカルテック")
			.doesNotContain("member.kawasaki");
		assertThat(mvc.get().uri("/api/v1/opportunities/" + o.id()).with(as(users, "manager.kawasaki"))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.ownerOrganizationId")
			.isEqualTo("kawasaki-0001");
	}

	@Test
	void aGermanOrEnglishQueryFindsAJapaneseOpportunity() {
		String title = ExchangeFixtures.unique("抗体の製造");
		OpportunityView o = kawasakiOffer(title);
		var reader = ExchangeFixtures.current(accounts, "member.biom");

		assertThat(opportunities.find(reader, "Antikörper", null)).extracting(OpportunityView::id).contains(o.id());
		assertThat(opportunities.find(reader, "monoclonal antibodies", OpportunityType.TECHNOLOGY_OFFER))
			.extracting(OpportunityView::id)
			.contains(o.id());
		assertThat(opportunities.find(reader, "Antikörper", OpportunityType.BUSINESS_REQUEST))
			.extracting(OpportunityView::id)
			.doesNotContain(o.id());
		assertThat(opportunities.find(reader, "Quantencomputer", null)).extracting(OpportunityView::id)
			.doesNotContain(o.id());
	}

	@Test
	void interestTravelsToTheOwnersClusterAndNamesAreRevealedWhenBothAgree() {
		OpportunityView o = kawasakiOffer(ExchangeFixtures.unique("装置"));
		var biomMember = ExchangeFixtures.current(accounts, "member.biom");

		ExpressionOfInterest interest = interests.express(biomMember, o.id(), "We would like to distribute it.", false);

		assertThat(events.stream(InterestExpressed.class).filter(e -> e.interestId() == interest.id())).singleElement()
			.satisfies(e -> {
				assertThat(e.fromCluster()).isEqualTo("biom");
				assertThat(e.toCluster()).isEqualTo("kawasaki");
				assertThat(e.opportunityId()).isEqualTo(o.id());
			});
		assertThat(mvc.get().uri("/opportunities/" + o.id()).with(as(users, "manager.kawasaki"))).bodyText()
			.contains("A member of BioM Biotech Cluster Development GmbH")
			.doesNotContain("biom-0001");

		ExpressionOfInterest accepted = interests.accept(ExchangeFixtures.current(accounts, "member.kawasaki"),
				interest.id());
		assertThat(accepted.state()).isEqualTo(InterestState.ACCEPTED);
		assertThat(opportunities.opportunity(biomMember, o.id()).anonymous()).isTrue();

		ExpressionOfInterest revealed = interests.consent(biomMember, interest.id());
		assertThat(revealed.state()).isEqualTo(InterestState.REVEALED);
		assertThat(events.stream(InterestRevealed.class).filter(e -> e.interestId() == interest.id())).hasSize(1);
		assertThat(opportunities.opportunity(biomMember, o.id()).ownerOrganizationId()).isEqualTo("kawasaki-0001");
		assertThat(opportunities.opportunity(ExchangeFixtures.current(accounts, "member.lsn"), o.id()).anonymous())
			.isTrue();
	}

	@Test
	void theApiNamesTheInterestedMemberOnlyAfterBothAgreed() {
		OpportunityView o = kawasakiOffer(ExchangeFixtures.unique("匿名"));
		var biomMember = ExchangeFixtures.current(accounts, "member.biom");
		ExpressionOfInterest interest = interests.express(biomMember, o.id(), "We would like to talk.", false);
		String list = "/api/v1/opportunities/" + o.id() + "/interests";

		assertThat(mvc.get().uri(list).with(as(users, "manager.kawasaki"))).hasStatusOk()
			.bodyText()
			.contains("\"interestedClusterId\":\"biom\"")
			.doesNotContain("member.biom", "biom-0001");
		assertThat(mvc.post().uri(list + "/" + interest.id() + "/accept").with(as(users, "manager.kawasaki")))
			.hasStatusOk()
			.bodyText()
			.contains("ACCEPTED")
			.doesNotContain("member.biom", "biom-0001");
		assertThat(mvc.get().uri(list).with(as(users, "member.kawasaki"))).bodyText()
			.doesNotContain("member.biom", "biom-0001");
		assertThat(mvc.get().uri(list).with(as(users, "admin"))).bodyText().doesNotContain("member.biom", "biom-0001");
		assertThat(mvc.get().uri(list).with(as(users, "member.biom"))).bodyJson()
			.extractingPath("$[0].interestedUsername")
			.isEqualTo("member.biom");

		interests.consent(biomMember, interest.id());

		assertThat(mvc.get().uri(list).with(as(users, "manager.kawasaki"))).bodyJson()
			.extractingPath("$[0].interestedOrganizationId")
			.isEqualTo("biom-0001");
	}

	@Test
	void interestFromAClusterThatIsNoPartnerIsRefusedUpFrontAndLeavesNoEvent() {
		OpportunityView o = kawasakiOffer(ExchangeFixtures.unique("非提携"));

		assertThat(mvc.post()
			.uri("/api/v1/opportunities/" + o.id() + "/interests")
			.with(as(users, "member.lsn"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"message\": \"We would like to talk.\"}")).hasStatus(403)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:kakehashi:problem:not-a-partner");
		assertThat(mvc.post()
			.uri("/opportunities/" + o.id() + "/interests")
			.param("message", "We would like to talk.")
			.with(as(users, "member.lsn"))
			.with(csrf())).hasRedirectedUrl("/opportunities/" + o.id())
			.flash()
			.containsEntry("error", "interest.notPartner");
		assertThat(
				mvc.get().uri("/opportunities/" + o.id()).with(as(users, "member.lsn")).header("Accept-Language", "en"))
			.bodyText()
			.doesNotContain("interest-form")
			.contains("partner clusters can express interest.");
		assertThat(events.stream(InterestExpressed.class).filter(e -> e.opportunityId() == o.id())).isEmpty();
		assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like :id")
			.param("id", "%\"opportunityId\":" + o.id() + ",%")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void onlyTheOwnersSideAnswersAndOnlyOtherClustersExpressInterest() {
		OpportunityView o = kawasakiOffer(ExchangeFixtures.unique("装置"));
		ExpressionOfInterest interest = interests.express(ExchangeFixtures.current(accounts, "manager.biom"), o.id(),
				"Interested", true);

		assertThatThrownBy(() -> interests.accept(ExchangeFixtures.current(accounts, "manager.biom"), interest.id()))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(
				() -> interests.express(ExchangeFixtures.current(accounts, "member.kawasaki"), o.id(), "x", false))
			.isInstanceOf(ForbiddenException.class);
		assertThat(mvc.post()
			.uri("/api/v1/opportunities/" + o.id() + "/interests/" + interest.id() + "/accept")
			.with(as(users, "member.biom"))).hasStatus(404);
		assertThat(mvc.post()
			.uri("/api/v1/opportunities/" + o.id() + "/interests/" + interest.id() + "/decline")
			.with(as(users, "manager.kawasaki"))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.state")
			.isEqualTo("DECLINED");
		assertThat(mvc.post()
			.uri("/api/v1/opportunities/" + o.id() + "/interests/" + interest.id() + "/accept")
			.with(as(users, "manager.kawasaki"))).hasStatus(409);
	}

	@Test
	void theApiRefusesAnOpportunityWithoutTitleWithFieldErrors() {
		assertThat(mvc.post()
			.uri("/api/v1/opportunities")
			.with(as(users, "member.biom"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"rd-request\", \"title\": {}, \"summary\": {\"de\": \"x\"}}")).hasStatus(422)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("title");
		assertThat(mvc.post()
			.uri("/api/v1/opportunities")
			.with(as(users, "funder"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).hasStatus(403);
	}

	@Test
	void theFormNamesAMembersOwnOrganisationAndNoId() {
		String de = page("/opportunities/new", "member.biom", "de");

		assertThat(de).contains("Angeboten von")
			.containsPattern("<input[^>]*id=\"organization\"[^>]*value=\"Isarbody Therapeutics GmbH\"")
			.doesNotContain("biom-0001")
			.doesNotContain("<select id=\"organization\"");
	}

	@Test
	void theFormListsTheClustersOrganisationsByNameForAManager() {
		String de = page("/opportunities/new", "manager.biom", "de");
		String ja = page("/opportunities/new", "manager.kawasaki", "ja");

		assertThat(de).containsPattern("<select[^>]*id=\"organization\"")
			.contains(">Ihrem Cluster selbst (keine Mitgliedsorganisation)</option>")
			.contains(">Isarbody Therapeutics GmbH</option>")
			.contains(">Würmtal ADC Labs GmbH</option>")
			.doesNotContainPattern(">\\s*[a-z]+-\\d{4}\\s*<")
			.doesNotContain("Tonomachi MedTech")
			.doesNotContain("Kieler Meereswirkstoffe");
		assertThat(de.indexOf(">Alpenzell Therapeutics AG<")).isLessThan(de.indexOf(">Isarbody Therapeutics GmbH<"));
		assertThat(ja).contains(">株式会社殿町メディカルテック</option>").doesNotContain("Isarbody");
	}

	@Test
	void aManagerOffersForAnOrganisationOfTheirClusterChosenByName() {
		String title = ExchangeFixtures.unique("Licensing offer");

		var result = offer("manager.biom", title, "biom-0002", "de");

		assertThat(result).hasStatus3xxRedirection();
		assertThat(owners(title)).containsExactly("biom-0002");
	}

	@Test
	void anotherClustersOrganisationIsRefusedOnTheFieldWithTheInputKept() {
		String title = ExchangeFixtures.unique("Hijacked offer");

		var otherCluster = offer("manager.biom", title, "kawasaki-0001", "de");
		var unknown = offer("manager.biom", title, "Isarbody Therapeutics", "ja");

		assertThat(otherCluster).hasStatusOk().hasViewName("exchange/opportunity-form");
		assertThat(otherCluster).bodyText()
			.contains("Bitte eine Organisation Ihres Clusters aus der Liste wählen.")
			.contains("value=\"" + title + "\"")
			.contains("A platform technology for antibody discovery.");
		assertThat(unknown).hasStatusOk().hasViewName("exchange/opportunity-form");
		assertThat(unknown).bodyText().contains("一覧から自クラスターの組織を選んでください。");
		assertThat(owners(title)).isEmpty();
	}

	@Test
	void theApiRefusesAnotherClustersOrAnUnknownOrganisationOnTheField() {
		for (String organization : new String[] { "kawasaki-0001", "no-such-organisation" }) {
			assertThat(mvc.post()
				.uri("/api/v1/opportunities")
				.with(as(users, "manager.biom"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"type\": \"technology-offer\", \"title\": {\"en\": \"API offer\"}, "
						+ "\"summary\": {\"en\": \"x\"}, \"organization\": \"" + organization + "\"}"))
				.hasStatus(422)
				.bodyJson()
				.extractingPath("$.errors[0].field")
				.isEqualTo("organization");
		}
	}

	@Test
	void aMemberAlwaysOffersForTheirOwnOrganisation() {
		String title = ExchangeFixtures.unique("Member offer");

		var result = offer("member.biom", title, "kawasaki-0001", "de");

		assertThat(result).hasStatus3xxRedirection();
		assertThat(owners(title)).containsExactly("biom-0001");
	}

	private MvcTestResult offer(String user, String title, String organization, String language) {
		return mvc.post()
			.uri("/opportunities")
			.with(as(users, user))
			.with(csrf())
			.header("Accept-Language", language)
			.param("type", OpportunityType.TECHNOLOGY_OFFER.code())
			.param("titleEn", title)
			.param("summaryEn", "A platform technology for antibody discovery.")
			.param("organization", organization)
			.exchange();
	}

	/** The owning organisations of the opportunities with this (unique) title. */
	private List<String> owners(String title) {
		return jdbc.sql("select owner_organization_id from opportunity where titles like :title")
			.param("title", "%" + title + "%")
			.query(String.class)
			.list();
	}

	private String page(String uri, String user, String language) {
		MvcTestResult result = mvc.get().uri(uri).header("Accept-Language", language).with(as(users, user)).exchange();
		assertThat(result).hasStatusOk();
		return ApiCalls.body(result);
	}

}
