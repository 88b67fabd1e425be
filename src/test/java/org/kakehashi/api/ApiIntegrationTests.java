package org.kakehashi.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.DemoUsers.ADMIN_API_KEY;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.ApiCalls;
import org.kakehashi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The REST API of docs/interfaces.md: API keys, access rules, shapes and problem details.
 */
@IntegrationTest
class ApiIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	ApiCalls api;

	@BeforeEach
	void callTheApiWithKeys() {
		api = new ApiCalls(mvc);
	}

	@Test
	void requestsWithoutOrWithAWrongKeyGet401ProblemDetails() {
		MvcTestResult none = mvc.get().uri("/api/v1/clusters").exchange();
		MvcTestResult wrong = mvc.get().uri("/api/v1/clusters").header("Authorization", "Bearer nope").exchange();

		assertThat(none).hasStatus(401).hasContentTypeCompatibleWith("application/problem+json");
		assertThat(none).bodyJson().extractingPath("$.type").isEqualTo("urn:kakehashi:problem:unauthorized");
		assertThat(wrong).hasStatus(401)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("The API key is unknown or revoked.");
	}

	@Test
	void administratorsListUsersWithRoleAndCluster() {
		MvcTestResult result = api.get("/api/v1/users", ADMIN_API_KEY);

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson()
			.extractingPath("$[?(@.username == 'manager.biom')].role")
			.asArray()
			.containsExactly("CLUSTER_MANAGER");
		assertThat(result).bodyJson()
			.extractingPath("$[?(@.username == 'member.lsn')].cluster")
			.asArray()
			.containsExactly("lsn");
		assertThat(result).bodyJson()
			.extractingPath("$[?(@.username == 'funder')].role")
			.asArray()
			.containsExactly("FUNDER");
	}

	@Test
	void othersMayCreateKeysOnlyForThemselvesAndNeverListUsers() {
		String managerKey = createKey(ADMIN_API_KEY, "manager.lsn");

		assertThat(api.get("/api/v1/users", managerKey)).hasStatus(403)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:kakehashi:problem:forbidden");
		assertThat(api.post("/api/v1/api-keys", managerKey, "{\"username\": \"admin\"}")).hasStatus(403);
		assertThat(api.post("/api/v1/api-keys", managerKey, "{\"username\": \"manager.lsn\"}")).hasStatus(201);
		assertThat(api.post("/api/v1/api-keys", ADMIN_API_KEY, "{\"username\": \"nobody\"}")).hasStatus(404);
		assertThat(api.post("/api/v1/api-keys", ADMIN_API_KEY, "{}")).hasStatus(422)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("username");
	}

	@Test
	void agreementsHaveTheContractShape() {
		MvcTestResult result = api.get("/api/v1/agreements/biom-kawasaki-2020", createKey(ADMIN_API_KEY, "funder"));

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.parties").asArray().containsExactly("biom", "kawasaki");
		assertThat(result).bodyJson().extractingPath("$.signed").isEqualTo("2020-02-11");
		assertThat(result).bodyJson().extractingPath("$.renews").isEqualTo("biom-kawasaki-2017");
		assertThat(result).bodyJson().extractingPath("$.commitments.length()").isEqualTo(11);
		assertThat(result).bodyJson().extractingPath("$.commitments[4].kind").isEqualTo("meetings");
		assertThat(result).bodyJson().extractingPath("$.commitments[0].state").isEqualTo("manual");
	}

	@Test
	void unknownThingsAre404ProblemsNot500() {
		assertThat(api.get("/api/v1/agreements/nope", ADMIN_API_KEY)).hasStatus(404)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:kakehashi:problem:not-found");
		assertThat(api.get("/api/v1/organizations/nope", ADMIN_API_KEY)).hasStatus(404);
		assertThat(api.get("/api/v1/clusters/nope", ADMIN_API_KEY)).hasStatus(404);
		assertThat(api.get("/api/v1/events/nope", ADMIN_API_KEY)).hasStatus(404);
	}

	@Test
	void contactsInTheApiFollowTheClusterRule() {
		String lsnMember = createKey(ADMIN_API_KEY, "member.lsn");
		String biomMember = createKey(ADMIN_API_KEY, "member.biom");

		assertThat(api.get("/api/v1/organizations/biom-0001", lsnMember)).bodyJson()
			.extractingPath("$.contacts")
			.isNull();
		assertThat(api.get("/api/v1/organizations/biom-0001", biomMember)).bodyJson()
			.extractingPath("$.contacts[0].email")
			.isEqualTo("k.vogl@example.org");
	}

	@Test
	void createOrganizationNamesEveryInvalidField() {
		String manager = createKey(ADMIN_API_KEY, "manager.biom");

		MvcTestResult result = api.post("/api/v1/organizations", manager,
				"{\"id\": \"bad id!\", \"kind\": \"spaceship\", \"country\": \"Germany\", \"name\": {}}");

		assertThat(result).hasStatus(422).hasContentTypeCompatibleWith("application/problem+json");
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactly("id", "kind", "name", "country");
	}

	@Test
	void managersCreateOrganizationsOnlyInTheirOwnCluster() {
		String manager = createKey(ADMIN_API_KEY, "manager.biom");
		String id = "api-test-" + System.nanoTime();

		assertThat(api.post("/api/v1/organizations", manager, org(id, "lsn"))).hasStatus(403);
		assertThat(api.post("/api/v1/organizations", manager, org(id, "biom"))).hasStatus(201)
			.bodyJson()
			.extractingPath("$.version")
			.isEqualTo(0);
		assertThat(api.post("/api/v1/organizations", manager, org(id, "biom"))).hasStatus(409)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:kakehashi:problem:duplicate");
	}

	@Test
	void aStaleUpdateIsRefusedWith409AndChangesNothing() {
		String manager = createKey(ADMIN_API_KEY, "manager.biom");
		String id = "api-conflict-" + System.nanoTime();
		api.post("/api/v1/organizations", manager, org(id, "biom"));

		MvcTestResult first = api.put("/api/v1/organizations/" + id, manager, update(id, "First", 0));
		MvcTestResult second = api.put("/api/v1/organizations/" + id, manager, update(id, "Second", 0));

		assertThat(first).hasStatusOk().bodyJson().extractingPath("$.version").isEqualTo(1);
		assertThat(second).hasStatus(409)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:kakehashi:problem:concurrent-edit");
		assertThat(api.get("/api/v1/organizations/" + id, manager)).bodyJson()
			.extractingPath("$.name.en")
			.isEqualTo("First");
	}

	@Test
	void aMemberMayEditOnlyTheirOwnOrganization() {
		String lsnMember = createKey(ADMIN_API_KEY, "member.lsn");

		assertThat(api.put("/api/v1/organizations/biom-0001", lsnMember, update("biom-0001", "Taken over", 0)))
			.hasStatus(403);
	}

	@Test
	void openApiDescriptionIsPublic() {
		assertThat(mvc.get().uri("/api/openapi.json")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.info.title")
			.isEqualTo("Kakehashi API");
	}

	@Test
	void healthIsPublicButMetricsAreForAdministrators() {
		assertThat(mvc.get().uri("/actuator/health")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("UP");
		assertThat(mvc.get().uri("/actuator/prometheus")).hasStatus(401);
		assertThat(api.get("/actuator/prometheus", createKey(ADMIN_API_KEY, "manager.biom"))).hasStatus(403);
		assertThat(api.get("/actuator/prometheus", ADMIN_API_KEY)).hasStatusOk();
	}

	private String createKey(String adminKey, String username) {
		MvcTestResult result = api.post("/api/v1/api-keys", adminKey, "{\"username\": \"" + username + "\"}");
		assertThat(result).hasStatus(201);
		try {
			return JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.key");
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String org(String id, String cluster) {
		return """
				{"id": "%s", "kind": "company", "country": "DE", "cluster": "%s", "name": {"en": "API Test GmbH"},
				 "interests": ["licensing"], "topics": ["oncology"]}""".formatted(id, cluster);
	}

	private static String update(String id, String name, long version) {
		return """
				{"id": "%s", "kind": "company", "country": "DE", "cluster": "biom", "name": {"en": "%s"}, "version": %d}"""
			.formatted(id, name, version);
	}

}
