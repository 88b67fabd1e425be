package org.kakehashi.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kakehashi.IntegrationTest;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members and managers record what came of their cooperation; reports count it per kind
 * and direction. Rolled back after each test.
 */
@IntegrationTest
@Transactional
class CooperationOutcomeIntegrationTests {

	static final CurrentUser ADMIN = new CurrentUser(1, "admin", "Admin", Role.ADMIN, null, null);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PartnershipReports reports;

	@Test
	void aMembersOutcomeIsCountedForTheirClusterTowardThePartner() {
		MvcTestResult result = post("member.biom", Map.of("partner", "kawasaki-0003", "kind", "licence", "source",
				"meeting", "happenedOn", "2001-06-01", "mayBeNamed", "true"));

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/outcomes");
		YearFigures f = reports.report(ADMIN, "kawasaki", "biom", 2001).shown();
		assertThat(f.outcomesFromA()).isEmpty();
		assertThat(f.outcomesFromB()).isEqualTo(Map.of(OutcomeKind.LICENCE, 1));
		MvcTestResult page = mvc.get()
			.uri("/outcomes")
			.header("Accept-Language", "en")
			.with(as(users, "member.biom"))
			.exchange();
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("id=\"outcome-list\"")
			.contains("licence")
			.contains("Isarbody Therapeutics");
	}

	@Test
	void aManagerRecordsOnBehalfOfAnOrganisationOfTheirCluster() {
		MvcTestResult result = post("manager.kawasaki", Map.of("organization", "kawasaki-0002", "partner", "biom-0003",
				"kind", "site-established", "source", "request", "happenedOn", "2001-02-03"));

		assertThat(result).hasStatus3xxRedirection();
		assertThat(reports.report(ADMIN, "biom", "kawasaki", 2001).shown().outcomesFromB())
			.isEqualTo(Map.of(OutcomeKind.SITE_ESTABLISHED, 1));
		MvcTestResult json = mvc.get()
			.uri("/api/v1/reports/partnerships/biom/kawasaki?year=2001")
			.with(as(users, "funder"))
			.exchange();
		assertThat(json).bodyJson().extractingPath("$.outcomes.site-established").isEqualTo(1);
	}

	@Test
	void refusedOutcomesShowTheFieldAtFaultAndRecordNothing() {
		Map<Map<String, String>, String> refused = Map.of(
				Map.of("partner", "lsn-0001", "kind", "nda", "source", "meeting", "happenedOn", "2001-01-01"),
				"Choose an organisation of a partner cluster.",
				Map.of("partner", "nobody-1", "kind", "nda", "source", "meeting", "happenedOn", "2001-01-01"),
				"Choose an organisation of a partner cluster.",
				Map.of("partner", "kawasaki-0001", "kind", "friendship", "source", "meeting", "happenedOn",
						"2001-01-01"),
				"Choose a kind.",
				Map.of("partner", "kawasaki-0001", "kind", "nda", "source", "meeting", "happenedOn", "someday"),
				"Enter a date.",
				Map.of("partner", "kawasaki-0001", "kind", "nda", "source", "meeting", "happenedOn", "2999-01-01"),
				"The date cannot lie in the future.", Map.of("organization", "lsn-0001", "partner", "kawasaki-0001",
						"kind", "nda", "source", "meeting", "happenedOn", "2001-01-01"),
				"Choose an organisation of your cluster.");

		refused.forEach((form, message) -> {
			String user = form.containsKey("organization") ? "manager.biom" : "member.biom";
			MvcTestResult result = post(user, form);

			assertThat(result).as(form.toString()).hasStatus(422);
			assertThat(result).bodyText().contains(message);
		});
		assertThat(reports.report(ADMIN, "biom", "kawasaki", 2001).shown().outcomesFromA()).isEmpty();
	}

	@Test
	void fundersAndAdministratorsRecordNoOutcomes() {
		assertThat(mvc.get().uri("/outcomes").with(as(users, "funder")).exchange()).hasStatus(403);
		assertThat(post("admin", Map.of("partner", "kawasaki-0001"))).hasStatus(403);
	}

	private MvcTestResult post(String user, Map<String, String> form) {
		var request = mvc.post().uri("/outcomes").header("Accept-Language", "en").with(as(users, user)).with(csrf());
		form.forEach(request::param);
		return request.exchange();
	}

}
