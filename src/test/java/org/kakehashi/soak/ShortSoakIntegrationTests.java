package org.kakehashi.soak;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.DemoUsers;
import org.kakehashi.GreenMailInitializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The soak of issue 9 in short: two minutes of the benchmark's mix (every demo role
 * signing in and out, reads and writes in every module, scheduler runs, an import, an
 * index rebuild) against the application on a real port, with the connection pool
 * retiring every connection after 30 seconds (Hikari's minimum), so the pool is turned
 * over several times while writes go on. Asserts no server errors, not timings.
 *
 * <p>
 * The application gets a database of its own (an in-memory H2 database of another name,
 * or a schema of its own on PostgreSQL) so that this context runs the migrations itself:
 * the H2 failure this guards against appears once the pool retires the connection that
 * ran them, and the writes of the mix stay out of the other tests' demo data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.hikari.max-lifetime=30000" })
@ContextConfiguration(initializers = GreenMailInitializer.class)
class ShortSoakIntegrationTests {

	static final String SCHEMA = "kakehashi_soak";

	@LocalServerPort
	int port;

	@Autowired
	GreenMail greenMail;

	@DynamicPropertySource
	static void databaseOfItsOwn(DynamicPropertyRegistry registry) throws SQLException {
		String url = System.getenv("SPRING_DATASOURCE_URL");
		if (url != null && url.startsWith("jdbc:postgresql:")) {
			try (Connection c = DriverManager.getConnection(url, System.getenv("SPRING_DATASOURCE_USERNAME"),
					System.getenv("SPRING_DATASOURCE_PASSWORD"))) {
				c.createStatement().execute("drop schema if exists " + SCHEMA + " cascade");
			}
			registry.add("spring.datasource.url",
					() -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
			registry.add("spring.flyway.schemas", () -> SCHEMA);
			registry.add("spring.flyway.default-schema", () -> SCHEMA);
		}
		else if (url == null || url.startsWith("jdbc:h2:mem:")) {
			registry.add("spring.datasource.url", () -> "jdbc:h2:mem:kakehashi-soak;MODE=PostgreSQL;"
					+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		}
	}

	@AfterEach
	void forgetTheMails() throws Exception {
		greenMail.purgeEmailFromAllMailboxes();
	}

	@Test
	void twoMinutesOfTheMixWithThePoolTurnedOverAnswerWithoutServerErrors() {
		SoakTarget target = new SoakTarget(URI.create("http://127.0.0.1:" + port), DemoUsers.ADMIN_PASSWORD,
				DemoUsers.ADMIN_API_KEY);
		SoakRun soak = new SoakRun(target, 10, Duration.ofSeconds(30),
				new SoakMix(SoakMix.standardPeriodic(Duration.ofSeconds(30))), System::gc,
				() -> greenMail.getReceivedMessages().length, System.out);

		SoakRun.Result result = soak.run(Duration.ofMinutes(2));

		assertThat(result.serverErrors()).as("responses >= 500: %s", result.problems()).isZero();
		assertThat(result.samples().get(result.samples().size() - 1).connectionsCreated())
			.as("connections the pool opened (10 at start, 10 more per turnover)")
			.isGreaterThanOrEqualTo(30);
	}

}
