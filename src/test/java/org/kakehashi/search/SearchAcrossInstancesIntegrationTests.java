package org.kakehashi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.kakehashi.KakehashiApplication;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.directory.Organization;
import org.kakehashi.directory.OrganizationDocument;
import org.kakehashi.search.engine.SearchQuery;
import org.kakehashi.search.engine.SearchResults;
import org.kakehashi.search.internal.IndexFollower;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.Role;
import org.kakehashi.thesaurus.ThesaurusService;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application instances on one database, as behind a load balancer: what is written
 * through one is searchable on the other, and an instance that was down catches up from
 * the position stored in its index. On H2 the instances share an in-memory database of
 * their own; in the PostgreSQL run they share a schema of their own in the test database.
 * Waits have a deadline; nothing here measures time (docs/benchmarks.md does).
 */
@TestMethodOrder(OrderAnnotation.class)
class SearchAcrossInstancesIntegrationTests {

	private static final CurrentUser ADMIN = new CurrentUser(0, "admin", "Administrator", Role.ADMIN, null, null);

	private static final Duration DEADLINE = Duration.ofSeconds(60);

	@TempDir
	static Path temp;

	private static String url;

	private static @Nullable String schema;

	private static ConfigurableApplicationContext a;

	private static ConfigurableApplicationContext b;

	private static final String ID = "across-" + Long.toHexString(System.nanoTime());

	@BeforeAll
	static void startTwoInstances() throws SQLException {
		url = sharedDatabase();
		a = start("a");
		b = start("b");
	}

	@AfterAll
	static void stopBoth() throws SQLException {
		for (ConfigurableApplicationContext app : new ConfigurableApplicationContext[] { b, a }) {
			if (app != null) {
				app.close();
			}
		}
		if (schema != null) {
			try (Connection c = postgres()) {
				c.createStatement().execute("drop schema " + schema + " cascade");
			}
		}
	}

	@Test
	@Order(1)
	void anOrganisationCreatedOnOneInstanceIsFoundOnTheOther() {
		a.getBean(DirectoryService.class)
			.save(ADMIN, document(ID, Map.of("de", "Brückenbauer Zellkultur GmbH"), null), true);

		awaitHits(b, "Brückenbauer", List.of(ID));
	}

	@Test
	@Order(2)
	void aRenameOnOneInstanceReplacesTheOldNameOnTheOther() {
		DirectoryService directory = a.getBean(DirectoryService.class);
		Organization before = directory.organization(ID);

		directory.save(ADMIN, document(ID, Map.of("de", "Flussquerung Biotech GmbH"), before.version()), false);

		awaitHits(b, "Flussquerung", List.of(ID));
		awaitHits(b, "Brückenbauer", List.of());
	}

	@Test
	@Order(3)
	void aThesaurusSynonymAddedOnOneInstanceWorksOnTheOther() {
		String word = "kakehashiwort" + Long.toHexString(System.nanoTime());
		assertThat(ids(b, word)).isEmpty();

		a.getBean(ThesaurusService.class).addSynonym(ADMIN, "cell-therapy", "de", word);

		Awaitility.await()
			.atMost(DEADLINE)
			.untilAsserted(() -> assertThat(b.getBean(ThesaurusService.class)
				.current()
				.concept("cell-therapy")
				.orElseThrow()
				.labels()
				.get("de")).contains(word));
		Awaitility.await().atMost(DEADLINE).untilAsserted(() -> {
			SearchResults results = search(b, word);
			assertThat(results.hits()).isNotEmpty();
			assertThat(results.hits().get(0).why()).extracting(c -> c.label()).contains("Zelltherapie");
		});
	}

	@Test
	@Order(4)
	void anInstanceThatWasDownCatchesUpFromThePositionInItsIndex() {
		awaitSettled(b);
		long positionBeforeStop = b.getBean(IndexFollower.class).position();
		b.close();
		String late = ID + "-late";

		a.getBean(DirectoryService.class)
			.save(ADMIN, document(late, Map.of("de", "Nachzügler Diagnostik AG"), null), true);
		b = start("b");

		IndexFollower follower = b.getBean(IndexFollower.class);
		assertThat(follower.resumedFrom()).as("resumed from its committed position, not rebuilt").isPresent();
		assertThat(follower.resumedFrom().getAsLong()).isGreaterThanOrEqualTo(positionBeforeStop);
		awaitHits(b, "Nachzügler", List.of(late));
		awaitHits(b, "Flussquerung", List.of(ID));
		assertThat(b.getBean(PartnerSearch.class).status().startedAt()).as("no rebuild on restart").isNull();
	}

	private static OrganizationDocument document(String id, Map<String, String> names, @Nullable Long version) {
		return new OrganizationDocument(id, "company", "DE", "München", "biom", "small", names,
				Map.of("de", "Wir züchten Zellen für die Zelltherapie."), List.of(), List.of(), null, null, version);
	}

	private static void awaitHits(ConfigurableApplicationContext app, String query, List<String> expected) {
		Awaitility.await()
			.atMost(DEADLINE)
			.untilAsserted(() -> assertThat(ids(app, query)).containsExactlyElementsOf(expected));
	}

	private static void awaitSettled(ConfigurableApplicationContext app) {
		PartnerSearch search = app.getBean(PartnerSearch.class);
		Awaitility.await().atMost(DEADLINE).until(() -> !search.status().running() && search.followsLog());
	}

	private static List<String> ids(ConfigurableApplicationContext app, String query) {
		return search(app, query).hits().stream().map(SearchResults.Hit::id).filter(id -> id.startsWith(ID)).toList();
	}

	private static SearchResults search(ConfigurableApplicationContext app, String query) {
		return app.getBean(PartnerSearch.class).search(SearchQuery.of(query, "de", 20));
	}

	private static ConfigurableApplicationContext start(String name) {
		return new SpringApplicationBuilder(KakehashiApplication.class).web(WebApplicationType.NONE)
			.run("--spring.datasource.url=" + url, "--kakehashi.data-dir=" + temp.resolve("data-" + name),
					"--kakehashi.search.index-dir=" + temp.resolve("index-" + name),
					"--kakehashi.search.log.poll-interval=200ms",
					// each instance would otherwise re-send the other's unfinished events
					"--spring.modulith.events.republish-outstanding-events-on-restart=false",
					"--spring.main.banner-mode=off");
	}

	/**
	 * A database only these two instances use: a fresh in-memory H2 database, or a schema
	 * of its own in the PostgreSQL database of the run.
	 */
	private static String sharedDatabase() throws SQLException {
		String configured = System.getenv("SPRING_DATASOURCE_URL");
		if (configured == null || !configured.startsWith("jdbc:postgresql:")) {
			return "jdbc:h2:mem:across-" + UUID.randomUUID()
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		}
		schema = "search_across_" + Long.toHexString(System.nanoTime());
		try (Connection c = postgres()) {
			c.createStatement().execute("create schema " + schema);
		}
		return configured + (configured.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	private static Connection postgres() throws SQLException {
		return DriverManager.getConnection(System.getenv("SPRING_DATASOURCE_URL"),
				Objects.requireNonNullElse(System.getenv("SPRING_DATASOURCE_USERNAME"), "postgres"),
				Objects.requireNonNullElse(System.getenv("SPRING_DATASOURCE_PASSWORD"), ""));
	}

}
