package org.kakehashi.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.kakehashi.DemoUsers;
import org.kakehashi.GreenMailInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * The API probed with malformed input of every kind (issue 15), against the real Tomcat,
 * because some of it (an undecodable query, a body in the wrong format) never reaches a
 * controller under MockMvc: no input yields a 500, and every answer is an RFC 9457
 * problem with the catalogue's {@code type}, naming the field where there is one. Same
 * configuration as the browser tests, so it shares their server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = GreenMailInitializer.class)
class ApiProbeTests {

	static final String EVENT = "bio-europe-2026";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@LocalServerPort
	int port;

	/** A cluster manager's key: administrators may not file requests or search. */
	private static String managerKey;

	@Test
	void malformedJsonIsABadRequest() throws Exception {
		Answer answer = asManager("POST", "/api/v1/requests", "application/json",
				"{\"type\": \"market-entry\", \"title\": ");

		answer.is(400, "bad-request");
	}

	@Test
	void anEmptyBodyIsABadRequest() throws Exception {
		Answer answer = asManager("POST", "/api/v1/requests", "application/json", "");

		answer.is(400, "bad-request");
		assertThat(answer.detail()).isEqualTo("The request needs a JSON body.");
	}

	@Test
	void aValueOfTheWrongJsonTypeNamesItsField() throws Exception {
		Answer answer = send("POST", "/api/v1/api-keys", "application/json", "{\"username\": [\"admin\"]}");

		answer.is(400, "bad-request").names("username", "type");
	}

	@Test
	void aBadDateNamesItsFieldAndSaysWhatWasExpected() throws Exception {
		Answer answer = send("POST", "/api/v1/events", "application/json",
				event("probe-bad-date", "Europe/Berlin").replace("\"2027-03-01T09:00:00\"", "\"next tuesday\""));

		answer.is(400, "bad-request").names("startsAt", "type");
		assertThat(answer.json("$.errors[0].message").toString()).contains("2026-12-07T09:30:00")
			.doesNotContain("java.");
	}

	@Test
	void anUnknownTimeZoneInAnEventIsInvalidInput() throws Exception {
		Answer answer = send("POST", "/api/v1/events", "application/json", event("probe-zone", "Mars/Olympus_Mons"));

		answer.is(422, "validation").names("timeZone", "unknown-zone");
	}

	@Test
	void changingAnEventOrAnAgreementWithoutItsVersionNamesTheVersion() throws Exception {
		String agreement = JsonPath.read(send("GET", "/api/v1/agreements", null, null).body(), "$[0].id");

		Answer event = send("PUT", "/api/v1/events/" + EVENT, "application/json", event(EVENT, "Europe/Berlin"));
		Answer agreementChange = send("PUT", "/api/v1/agreements/" + agreement, "application/json", "{}");

		event.is(422, "validation").names("version", "required");
		agreementChange.is(422, "validation").names("version", "required");
	}

	@Test
	void anEventReadsBackInTheFormItsChangeTakes() throws Exception {
		Answer read = send("GET", "/api/v1/events/" + EVENT, null, null);

		assertThat(read.status()).isEqualTo(200);
		assertThat((Object) read.json("$.version")).isNotNull();
		assertThat(read.json("$.startsAt").toString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?");
		Answer unchanged = send("PUT", "/api/v1/events/" + EVENT, "application/json", read.body());
		assertThat(unchanged.status()).isEqualTo(200);
	}

	@Test
	void aParameterThatIsNoNumberNamesTheParameter() throws Exception {
		Answer answer = asManager("GET", "/api/v1/organizations/search?q=antibody&limit=abc", null, null);

		answer.is(400, "bad-request").names("limit", "type");
	}

	@Test
	void anUndecodableQueryParameterIsABadRequestNotAServerError() throws Exception {
		Answer answer = asManager("GET", "/api/v1/organizations/search?q=%ff", null, null);

		answer.is(400, "bad-request").names("q", "encoding");
	}

	@Test
	void anXmlBodyIsAnUnsupportedMediaTypeProblem() throws Exception {
		Answer answer = asManager("POST", "/api/v1/requests", "application/xml", "<request><title>x</title></request>");

		answer.is(415, "unsupported-media-type");
	}

	@Test
	void anUnknownPathAndAnUnknownFormatAreProblemsToo() throws Exception {
		// no access rule names the path, so it is denied before it could be not found
		send("GET", "/api/v1/nothing-here", null, null).is(403, "forbidden");
		sendAccepting("application/xml", "/api/v1/clusters").is(406, "not-acceptable");
	}

	@Test
	void importReasonsNameTheFieldAndNoJavaClass() throws Exception {
		Answer answer = send("POST", "/api/v1/organizations/import", "application/x-ndjson",
				"{\"id\": \"probe-org\", \"topics\": {\"a\": 1}}\nnot json at all\n[1, 2]\n");

		assertThat(answer.status()).isEqualTo(200);
		List<String> reasons = JsonPath.read(answer.body(), "$.problems[*].reason");
		List<String> codes = JsonPath.read(answer.body(), "$.problems[*].code");
		assertThat(codes).containsExactly("import.problem.fieldType", "import.problem.json", "import.problem.json");
		assertThat(reasons).first().asString().startsWith("topics");
		assertThat(reasons).noneMatch(r -> r.contains("java.") || r.contains("kakehashi") || r.contains("`"));
	}

	private static String event(String id, String zone) {
		return """
				{"id": "%s", "kind": "partnering-conference", "nameEn": "Probe", "timeZone": "%s",
				 "startsAt": "2027-03-01T09:00:00", "endsAt": "2027-03-02T18:00:00", "organizers": ["biom"]}"""
			.formatted(id, zone);
	}

	private Answer asManager(String method, String path, String contentType, String body)
			throws IOException, InterruptedException {
		if (managerKey == null) {
			managerKey = JsonPath.read(
					send("POST", "/api/v1/api-keys", "application/json", "{\"username\": \"manager.biom\"}").body(),
					"$.key");
		}
		return send(managerKey, method, path, contentType, body, "application/json");
	}

	private Answer sendAccepting(String accept, String path) throws IOException, InterruptedException {
		return send(DemoUsers.ADMIN_API_KEY, "GET", path, null, null, accept);
	}

	private Answer send(String method, String path, String contentType, String body)
			throws IOException, InterruptedException {
		return send(DemoUsers.ADMIN_API_KEY, method, path, contentType, body, "application/json");
	}

	private Answer send(String key, String method, String path, String contentType, String body, String accept)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + key)
			.header("Accept", accept)
			.header("Accept-Language", "de")
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
				response.body());
	}

	record Answer(int status, String contentType, String body) {

		Answer is(int expectedStatus, String type) {
			assertThat(status).as(body).isEqualTo(expectedStatus);
			assertThat(contentType).as(body).startsWith("application/problem+json");
			assertThat((String) json("$.type")).isEqualTo("urn:kakehashi:problem:" + type);
			assertThat((Integer) json("$.status")).isEqualTo(expectedStatus);
			return this;
		}

		Answer names(String field, String code) {
			assertThat((String) json("$.errors[0].field")).as(body).isEqualTo(field);
			assertThat((String) json("$.errors[0].code")).as(body).isEqualTo(code);
			return this;
		}

		String detail() {
			return json("$.detail");
		}

		<T> T json(String path) {
			return JsonPath.read(body, path);
		}

	}

}
