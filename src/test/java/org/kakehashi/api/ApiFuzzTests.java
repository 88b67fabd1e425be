package org.kakehashi.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.kakehashi.DemoUsers;
import org.kakehashi.GreenMailInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * The short run of the API fuzzer (issue 15): every operation of the OpenAPI document,
 * driven over HTTP with generated input in safe mode (nothing in the shared demo database
 * changes), gives no 5xx and answers every 4xx with a problem type. The long run is the
 * benchmark {@code ./bench/run fuzz} (docs/benchmarks.md). Same configuration as the
 * OpenAPI and probe tests, so it shares their server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = GreenMailInitializer.class)
class ApiFuzzTests {

	@LocalServerPort
	int port;

	@Test
	void everyOperationSurvivesGeneratedInputWithoutServerErrors() throws IOException {
		URI base = URI.create("http://127.0.0.1:" + port);
		ApiFuzzer.Transport http = ApiFuzzer.Transport.http(base);
		String document = http.send("GET", "/api/openapi.json", null, null, DemoUsers.ADMIN_API_KEY).body();
		List<String> keys = new ArrayList<>(List.of(DemoUsers.ADMIN_API_KEY));
		for (String user : List.of(DemoUsers.BIOM_MANAGER, "member.osaka", DemoUsers.FUNDER)) {
			ApiFuzzer.Transport.Answer created = http.send("POST", "/api/v1/api-keys", "application/json",
					"{\"username\": \"" + user + "\"}", DemoUsers.ADMIN_API_KEY);
			assertThat(created.status()).isEqualTo(201);
			keys.add(JsonPath.read(created.body(), "$.key"));
		}
		ApiFuzzer fuzzer = new ApiFuzzer(document, http, ApiFuzzer.Mode.SAFE, 20261207L, keys);

		ApiFuzzer.Result result = fuzzer.run(fuzzer.operationCount() * 40);

		assertThat(fuzzer.operationCount()).isGreaterThanOrEqualTo(45);
		assertThat(result.passed()).as(result.summary()).isTrue();
	}

}
