package org.kakehashi.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.DemoUsers.ADMIN_API_KEY;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.ApiCalls;
import org.kakehashi.IntegrationTest;
import org.kakehashi.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * {@code PATCH /api/v1/users/{username}} (issue 10, findings 5 and 7): administrators
 * change role, tenancy, e-mail and whether an account is enabled, and every change
 * applies from the very next request of sessions and keys already in use.
 */
@IntegrationTest
class UserAdministrationIntegrationTests {

	static final String PASSWORD = "Kirschblüte-über-Hamburg-7";

	@Autowired
	MockMvcTester mvc;

	ApiCalls api;

	@BeforeEach
	void callTheApiWithKeys() {
		api = new ApiCalls(mvc);
	}

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void disablingEndsTheUsersSessionsAndKeysAtOnce() {
		String username = newUser(Role.CLUSTER_MANAGER, "lsn", null);
		RequestPostProcessor session = signIn(username);
		String key = createKey(username);
		assertThat(mvc.get().uri("/clusters/lsn/contacts").with(session)).hasStatusOk();
		assertThat(mvc.get().uri("/profile").with(session)).bodyText().contains("this session");
		assertThat(storedSessions(username)).isEqualTo(1);

		MvcTestResult patched = patch(username, "{\"enabled\": false}", ADMIN_API_KEY);

		assertThat(patched).hasStatusOk().bodyJson().extractingPath("$.enabled").isEqualTo(false);
		assertThat(storedSessions(username)).isZero();
		assertThat(mvc.get().uri("/clusters/lsn/contacts").with(session)).hasStatus3xxRedirection();
		assertThat(api.get("/api/v1/clusters", key)).hasStatus(401);
		assertThat(signInResult(username, PASSWORD)).redirectedUrl().isEqualTo("/login?error");

		assertThat(patch(username, "{\"enabled\": true}", ADMIN_API_KEY)).hasStatusOk();
		assertThat(api.get("/api/v1/clusters", key)).hasStatusOk();
	}

	@Test
	void aMovedOrganisationsMembersLoseTheOldClustersPrivatePagesOnTheirNextRequest() {
		String org = "moving-" + System.nanoTime();
		assertThat(api.post("/api/v1/organizations", ADMIN_API_KEY, organization(org, "biom"))).hasStatus(201);
		String username = newUser(Role.MEMBER, null, org);
		RequestPostProcessor session = signIn(username);
		String key = createKey(username);
		assertThat(mvc.get().uri("/clusters/biom/contacts").with(session)).hasStatusOk();

		MvcTestResult moved = api.put("/api/v1/organizations/" + org, ADMIN_API_KEY, organization(org, "lsn", 0));

		assertThat(moved).hasStatusOk();
		assertThat(mvc.get().uri("/clusters/biom/contacts").with(session)).hasStatus(403);
		assertThat(mvc.get().uri("/clusters/lsn/contacts").with(session)).hasStatusOk();
		assertThat(api.get("/api/v1/users", ADMIN_API_KEY)).bodyJson()
			.extractingPath("$[?(@.username == '" + username + "')].cluster")
			.asArray()
			.containsExactly("lsn");
		assertThat(accounts.asCurrentUser(username).orElseThrow().clusterId()).isEqualTo("lsn");
		assertThat(api.get("/api/v1/organizations/biom-0001", key)).bodyJson().extractingPath("$.contacts").isNull();
	}

	@Test
	void aChangedRoleAppliesToTheNextRequestOfASignedInSession() {
		String username = newUser(Role.CLUSTER_MANAGER, "biom", null);
		RequestPostProcessor session = signIn(username);
		assertThat(mvc.get().uri("/organizations/new").with(session)).hasStatusOk();

		MvcTestResult patched = patch(username, "{\"role\": \"MEMBER\", \"organization\": \"biom-0001\"}",
				ADMIN_API_KEY);

		assertThat(patched).hasStatusOk().bodyJson().extractingPath("$.role").isEqualTo("MEMBER");
		assertThat(patched).bodyJson().extractingPath("$.cluster").isEqualTo("biom");
		assertThat(mvc.get().uri("/organizations/new").with(session)).hasStatus(403);
	}

	@Test
	void aChangedClusterAppliesToTheNextRequestOfAnApiKey() {
		String username = newUser(Role.CLUSTER_MANAGER, "biom", null);
		String key = createKey(username);
		assertThat(api.get("/api/v1/organizations/biom-0001", key)).bodyJson().extractingPath("$.contacts").isNotNull();

		assertThat(patch(username, "{\"cluster\": \"kawasaki\", \"email\": \"new@example.org\"}", ADMIN_API_KEY))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.email")
			.isEqualTo("new@example.org");

		assertThat(api.get("/api/v1/organizations/biom-0001", key)).bodyJson().extractingPath("$.contacts").isNull();
	}

	@Test
	void invalidChangesAreProblemsNamingTheField() {
		String username = newUser(Role.FUNDER, null, null);

		assertThat(patch(username, "{\"role\": \"KING\"}", ADMIN_API_KEY)).hasStatus(422)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("role");
		assertThat(patch(username, "{\"cluster\": \"nowhere\"}", ADMIN_API_KEY)).hasStatus(422)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("cluster");
		assertThat(patch(username, "{\"email\": \"not-an-address\"}", ADMIN_API_KEY)).hasStatus(422)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("email");
		assertThat(patch(username, "{\"enabled\": \"yes\"}", ADMIN_API_KEY)).hasStatus(422)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("enabled");
		assertThat(patch(username, "{\"role\": \"MEMBER\"}", ADMIN_API_KEY)).hasStatus(422)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("organization");
		assertThat(patch(username, "{\"password\": \"x\"}", ADMIN_API_KEY)).hasStatus(422)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("password");
		assertThat(patch(username, "[1]", ADMIN_API_KEY)).hasStatus(400);
		assertThat(patch("nobody-at-all", "{\"enabled\": false}", ADMIN_API_KEY)).hasStatus(404);
		assertThat(accounts.user(username).orElseThrow().role()).isEqualTo(Role.FUNDER);
	}

	@Test
	void onlyAdministratorsMayChangeUsers() {
		String username = newUser(Role.FUNDER, null, null);

		assertThat(patch(username, "{\"enabled\": false}", createKey("manager.biom"))).hasStatus(403);
		assertThat(patch(username, "{\"enabled\": false}", createKey("member.biom"))).hasStatus(403);
		assertThat(patch("member.biom", "{\"role\": \"ADMIN\"}", createKey("member.biom"))).hasStatus(403);
		assertThat(mvc.patch()
			.uri("/api/v1/users/" + username)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"enabled\": false}")).hasStatus(401);
		assertThat(accounts.user(username).orElseThrow().enabled()).isTrue();
	}

	private long storedSessions(String username) {
		return jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

	private String newUser(Role role, String cluster, String organization) {
		String username = "patch." + System.nanoTime();
		accounts.createUser(
				new NewUser(username, "Patch Test", null, role, cluster, organization, PASSWORD, "en", "UTC"), "test");
		return username;
	}

	/**
	 * The browser's side of a signed-in session: its cookie (Spring Session) or, where
	 * the container keeps the session, the session object itself.
	 */
	private RequestPostProcessor signIn(String username) {
		MvcTestResult result = signInResult(username, PASSWORD);
		assertThat(result).redirectedUrl().isEqualTo("/");
		Cookie[] cookies = result.getResponse().getCookies();
		if (cookies.length > 0) {
			Cookie cookie = cookies[0];
			return request -> {
				request.setCookies(cookie);
				return request;
			};
		}
		MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
		assertThat(session).isNotNull();
		return request -> {
			request.setSession(session);
			return request;
		};
	}

	private MvcTestResult signInResult(String username, String password) {
		return mvc.post().uri("/login").param("username", username).param("password", password).with(csrf()).exchange();
	}

	private String createKey(String username) {
		MvcTestResult result = api.post("/api/v1/api-keys", ADMIN_API_KEY, "{\"username\": \"" + username + "\"}");
		assertThat(result).hasStatus(201);
		return JsonPath.read(ApiCalls.body(result), "$.key");
	}

	private static String organization(String id, String cluster) {
		return """
				{"id": "%s", "kind": "company", "country": "DE", "cluster": "%s", "name": {"en": "Moving GmbH"},
				 "interests": ["licensing"], "topics": ["oncology"]}""".formatted(id, cluster);
	}

	private static String organization(String id, String cluster, long version) {
		return """
				{"id": "%s", "kind": "company", "country": "DE", "cluster": "%s", "name": {"en": "Moving GmbH"},
				 "interests": ["licensing"], "topics": ["oncology"], "version": %d}""".formatted(id, cluster, version);
	}

	private MvcTestResult patch(String username, String json, String key) {
		return mvc.patch()
			.uri("/api/v1/users/" + username)
			.header("Authorization", "Bearer " + key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

}
