package org.kakehashi.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.DemoUsers;
import org.kakehashi.GeneratedDocs;
import org.kakehashi.GreenMailInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * The OpenAPI document at {@code /api/openapi.json} is true to the API (issue 15): the
 * signed-in user comes from the API key and is no parameter, every operation declares the
 * problem responses it can give, and an event reads back in the form it is changed with.
 * Its checked-in copy docs/openapi.json, from which the build generates the client that
 * {@link GeneratedClientScenarioTests} drives, is the live document; when it differs,
 * regenerate with
 * {@code ./mvnw test -Dtest=OpenApiDocumentTests -Dkakehashi.write-docs=true} and commit
 * the file (add {@code -Dcodegen.skip=true} if the old file no longer generates a client;
 * docs/decisions/0016). Same configuration as the probe and browser tests, so it shares
 * their server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = GreenMailInitializer.class)
class OpenApiDocumentTests {

	static final Path SNAPSHOT = Path.of("docs/openapi.json");

	private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

	@LocalServerPort
	int port;

	String document;

	@BeforeEach
	void readTheDocument() throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/openapi.json"))
				.header("Authorization", "Bearer " + DemoUsers.ADMIN_API_KEY)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		document = response.body();
	}

	@Test
	void theCheckedInDocumentIsTheLiveOne() throws IOException {
		String live = document.endsWith("\n") ? document : document + "\n";

		GeneratedDocs.assertUpToDate(SNAPSHOT, live, "OpenApiDocumentTests");
	}

	@Test
	void noOperationTakesTheSignedInUserAsAParameter() {
		List<String> parameters = JsonPath.read(document, "$.paths.*.*.parameters[*].name");
		List<Object> schemas = JsonPath.read(document, "$.paths.*.*.parameters[*].schema['$ref']");

		assertThat(parameters).doesNotContain("user", "caller", "admin", "currentUser");
		assertThat(schemas).noneMatch(ref -> String.valueOf(ref).endsWith("/CurrentUser"));
		assertThat(document).doesNotContain("\"CurrentUser\"");
	}

	@Test
	void everyOperationDeclaresItsProblemResponses() {
		Map<String, Map<String, Map<String, Object>>> paths = JsonPath.read(document, "$.paths");
		List<String> missing = new ArrayList<>();

		paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
			if (!METHODS.contains(method)) {
				return;
			}
			@SuppressWarnings("unchecked")
			Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
			List<String> needed = new ArrayList<>(List.of("400", "401", "403", "500"));
			if (path.contains("{")) {
				needed.add("404");
			}
			if (!method.equals("get")) {
				needed.add("422");
			}
			for (String status : needed) {
				Map<String, Object> response = responses.get(status);
				if (response == null || !String.valueOf(response.get("content")).contains("application/problem+json")) {
					missing.add(method.toUpperCase() + " " + path + " " + status);
				}
			}
		}));

		assertThat(missing).isEmpty();
		assertThat((Object) JsonPath.read(document, "$.components.schemas.Problem.properties.errors")).isNotNull();
	}

	@Test
	void anEventIsReadInTheSchemaItIsChangedWith() {
		String read = JsonPath.read(document,
				"$.paths['/api/v1/events/{id}'].get.responses['200'].content['application/json'].schema['$ref']");
		String changed = JsonPath.read(document,
				"$.paths['/api/v1/events/{id}'].put.requestBody.content['application/json'].schema['$ref']");

		assertThat(read).isEqualTo(changed);
		assertThat(JsonPath.<Map<String, Object>>read(document, "$.components.schemas.EventDraft.properties"))
			.containsKey("version");
	}

}
