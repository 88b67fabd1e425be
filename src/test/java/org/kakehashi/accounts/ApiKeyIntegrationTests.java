package org.kakehashi.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.DemoUsers.ADMIN_API_KEY;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.ApiCalls;
import org.kakehashi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * API keys have a life cycle (issue 10, finding 5): their owners list and revoke them, a
 * revoked key stops at once, nobody else learns they exist.
 */
@IntegrationTest
class ApiKeyIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	ApiCalls api;

	@BeforeEach
	void callTheApiWithKeys() {
		api = new ApiCalls(mvc);
	}

	@Test
	void ownersListTheirKeysWithoutTheSecret() {
		String key = createKey(ADMIN_API_KEY, "funder", "reporting script");

		MvcTestResult result = api.get("/api/v1/api-keys", key);

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson()
			.extractingPath("$[?(@.label == 'reporting script')].revoked")
			.asArray()
			.containsExactly(false);
		assertThat(result).bodyJson().extractingPath("$[0].created").isNotNull();
		assertThat(ApiCalls.body(result)).doesNotContain(key)
			.doesNotContain(key.substring(0, 8))
			.doesNotContain("hash");
	}

	@Test
	void useIsRecordedAsLastUsed() {
		String key = createKey(ADMIN_API_KEY, "funder", "last-used");
		long id = idOf(key);

		api.get("/api/v1/clusters", key);

		assertThat(api.get("/api/v1/api-keys", key)).bodyJson()
			.extractingPath("$[?(@.id == " + id + ")].lastUsed")
			.asArray()
			.singleElement()
			.isNotNull();
	}

	@Test
	void aRevokedKeyGets401AtOnce() {
		String key = createKey(ADMIN_API_KEY, "manager.kawasaki", "to revoke");
		long id = idOf(key);

		MvcTestResult revoked = api.delete("/api/v1/api-keys/" + id, key);

		assertThat(revoked).hasStatus(204);
		assertThat(api.get("/api/v1/clusters", key)).hasStatus(401);
		assertThat(api.get("/api/v1/api-keys?username=manager.kawasaki", ADMIN_API_KEY)).bodyJson()
			.extractingPath("$[?(@.id == " + id + ")].revoked")
			.asArray()
			.containsExactly(true);
	}

	@Test
	void othersCannotListOrRevokeSomeoneElsesKeys() {
		String victim = createKey(ADMIN_API_KEY, "manager.lsn", "victim");
		long victimId = idOf(victim);
		String attacker = createKey(ADMIN_API_KEY, "manager.biom", "attacker");
		String member = createKey(ADMIN_API_KEY, "member.lsn", "member");

		assertThat(api.delete("/api/v1/api-keys/" + victimId, attacker)).hasStatus(404)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:kakehashi:problem:not-found");
		assertThat(api.delete("/api/v1/api-keys/" + victimId, member)).hasStatus(404);
		assertThat(api.get("/api/v1/api-keys?username=manager.lsn", attacker)).hasStatus(404);
		assertThat(ApiCalls.body(api.get("/api/v1/api-keys", attacker))).doesNotContain("victim");
		assertThat(api.get("/api/v1/clusters", victim)).hasStatusOk();
	}

	@Test
	void administratorsListAndRevokeAnyonesKeys() {
		String key = createKey(ADMIN_API_KEY, "member.biom", "admin revokes");
		long id = idOf(key);

		assertThat(api.get("/api/v1/api-keys?username=member.biom", ADMIN_API_KEY)).bodyJson()
			.extractingPath("$[?(@.id == " + id + ")].label")
			.asArray()
			.containsExactly("admin revokes");
		assertThat(api.delete("/api/v1/api-keys/" + id, ADMIN_API_KEY)).hasStatus(204);
		assertThat(api.get("/api/v1/clusters", key)).hasStatus(401);
		assertThat(api.get("/api/v1/api-keys?username=nobody", ADMIN_API_KEY)).hasStatus(404);
		assertThat(api.delete("/api/v1/api-keys/999999999", ADMIN_API_KEY)).hasStatus(404);
		assertThat(api.delete("/api/v1/api-keys/abc", ADMIN_API_KEY)).hasStatus(400);
	}

	@Test
	void creatingAKeyAnswersItsId() {
		MvcTestResult result = api.post("/api/v1/api-keys", ADMIN_API_KEY, "{\"username\": \"funder\"}");

		assertThat(result).hasStatus(201);
		assertThat(result).bodyJson().extractingPath("$.id").isNotNull();
		assertThat(result).bodyJson().extractingPath("$.key").asString().startsWith("kh_");
	}

	private long idOf(String key) {
		MvcTestResult created = api.get("/api/v1/api-keys", key);
		// the newest key of the owner is the one just created
		Number id = JsonPath.read(ApiCalls.body(created), "$[-1].id");
		return id.longValue();
	}

	private String createKey(String adminKey, String username, String label) {
		MvcTestResult result = api.post("/api/v1/api-keys", adminKey,
				"{\"username\": \"" + username + "\", \"label\": \"" + label + "\"}");
		assertThat(result).hasStatus(201);
		return JsonPath.read(ApiCalls.body(result), "$.key");
	}

}
