package org.kakehashi.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.DemoUsers.as;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kakehashi.DemoUsers;
import org.kakehashi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Confidentiality: a request forwarded from BioM to Osaka is visible to the requester's
 * people and the two clusters' managers, and to nobody else — in pages, the API, lists
 * and attachments.
 */
@IntegrationTest
class RequestAccessIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	RequestService requests;

	@Autowired
	RequestParties parties;

	EntryRequest request;

	String title;

	@BeforeEach
	void aForwardedRequest() {
		title = RequestFixtures.uniqueTitle("Confidential Kansai entry");
		request = RequestFixtures.forwarded(requests, parties,
				RequestFixtures.aBiomRequestToOsaka(requests, parties, title));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "member.biom, 200", "manager.biom, 200", "manager.osaka, 200", "member.osaka, 404", "member.lsn, 404",
			"member.kawasaki, 404", "manager.kawasaki, 404", "manager.lsn, 404", "manager.kobe, 404", "funder, 404",
			"admin, 404" })
	void theRequestPageOpensOnlyForItsParties(String who, int status) {
		var result = assertThat(mvc.get().uri("/requests/" + request.id()).with(as(users, who))).hasStatus(status);

		if (status == 200) {
			result.bodyText().contains(title);
		}
		else {
			result.bodyText().doesNotContain(title);
		}
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "member.biom, 200", "manager.biom, 200", "manager.osaka, 200", "member.osaka, 404", "member.lsn, 404",
			"manager.kawasaki, 404", "manager.lsn, 404", "manager.kobe, 404", "funder, 404", "admin, 404" })
	void theApiAnswersOnlyItsParties(String who, int status) {
		assertThat(mvc.get().uri("/api/v1/requests/" + request.id()).with(as(users, who))).hasStatus(status);
		assertThat(mvc.get().uri("/api/v1/requests/" + request.id() + "/messages").with(as(users, who)))
			.hasStatus(status);
	}

	@Test
	void theApiAnswersAnAdministratorsKeyWithNotFound() {
		assertThat(mvc.get()
			.uri("/api/v1/requests/" + request.id())
			.header("Authorization", "Bearer " + DemoUsers.ADMIN_API_KEY)).hasStatus(404)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:kakehashi:problem:not-found");
	}

	@Test
	void anonymousCallersGet401FromTheApiAndTheSignInPageFromTheUi() {
		assertThat(mvc.get().uri("/api/v1/requests/" + request.id())).hasStatus(401);
		assertThat(mvc.get().uri("/api/v1/requests")).hasStatus(401);
		assertThat(mvc.post()
			.uri("/api/v1/requests")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"other\",\"title\":\"t\",\"description\":\"d\",\"targetCluster\":\"obhq\"}"))
			.hasStatus(401);
		assertThat(mvc.get().uri("/requests/" + request.id())).hasStatus(302).hasRedirectedUrl("/login");
	}

	@ParameterizedTest
	@ValueSource(strings = { "member.osaka", "member.lsn", "manager.kawasaki", "manager.lsn", "manager.kobe", "funder",
			"admin" })
	void outsidersDoNotFindTheRequestInAnyList(String who) {
		assertThat(mvc.get().uri("/api/v1/requests").with(as(users, who))).hasStatusOk()
			.bodyText()
			.doesNotContain(request.id())
			.doesNotContain(title);
		assertThat(mvc.get().uri("/requests").with(as(users, who))).hasStatusOk().bodyText().doesNotContain(title);
	}

	@ParameterizedTest
	@ValueSource(strings = { "member.biom", "manager.biom", "manager.osaka" })
	void partiesFindTheRequestInTheirLists(String who) {
		assertThat(mvc.get().uri("/api/v1/requests").with(as(users, who))).hasStatusOk()
			.bodyText()
			.contains(request.id());
		assertThat(mvc.get().uri("/requests").with(as(users, who))).hasStatusOk().bodyText().contains(title);
	}

	@ParameterizedTest
	@ValueSource(strings = { "member.osaka", "manager.kawasaki", "funder", "admin" })
	void outsidersCannotActOrWriteOnTheRequest(String who) {
		int expected = who.equals("funder") || who.equals("admin") ? 403 : 404;

		assertThat(mvc.post()
			.uri("/api/v1/requests/" + request.id() + "/transitions")
			.with(as(users, who))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\":\"accept\"}")).hasStatus(expected);
		assertThat(mvc.post()
			.uri("/api/v1/requests/" + request.id() + "/messages")
			.with(as(users, who))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"body\":\"hello\"}")).hasStatus(expected);
		assertThat(requests.transitions(RequestFixtures.user(parties, "manager.biom"), request.id())).hasSize(2);
	}

	@Test
	void thePolicyRefusesEveryRoleOutsideTheRequest() {
		List<String> outsiders = List.of("member.osaka", "member.lsn", "member.kawasaki", "manager.kawasaki",
				"manager.lsn", "manager.kobe", "funder", "admin");

		for (String who : outsiders) {
			assertThat(RequestAccess.canSee(RequestFixtures.user(parties, who), request)).as(who).isFalse();
			assertThat(RequestAccess.allowedActions(RequestFixtures.user(parties, who), request)).as(who).isEmpty();
		}
		assertThat(RequestAccess.canSee(null, request)).isFalse();
	}

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource({ "manager.biom, /requests/service-levels, 200", "member.biom, /requests/service-levels, 403",
			"funder, /requests/service-levels, 403", "admin, /requests/service-levels, 403",
			"member.biom, /requests/new, 200", "manager.osaka, /requests/new, 200", "funder, /requests/new, 403",
			"admin, /requests/new, 403", "funder, /requests, 200", "manager.kobe, /requests/rq-doesnotexist, 404" })
	void requestPagesAreOpenOnlyToTheirRoles(String who, String page, int status) {
		assertThat(mvc.get().uri(page).with(as(users, who))).hasStatus(status);
	}

	@Test
	void theTargetClusterDoesNotSeeARequestBeforeItIsForwarded() {
		EntryRequest submitted = RequestFixtures.aBiomRequestToOsaka(requests, parties,
				RequestFixtures.uniqueTitle("Not yet forwarded"));

		assertThat(mvc.get().uri("/requests/" + submitted.id()).with(as(users, "manager.osaka"))).hasStatus(404);
		assertThat(mvc.get().uri("/requests/" + submitted.id()).with(as(users, "manager.biom"))).hasStatus(200);
	}

}
