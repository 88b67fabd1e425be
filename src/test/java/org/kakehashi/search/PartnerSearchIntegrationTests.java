package org.kakehashi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.IntegrationTest;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.directory.OrganizationQuery;
import org.kakehashi.search.engine.SearchQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Partner search over the demo directory, through the API and the pages. */
@IntegrationTest
class PartnerSearchIntegrationTests {

	static final String KEY = "Bearer test-admin-api-key";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PartnerSearch search;

	@Autowired
	DirectoryService directory;

	@Autowired
	UserDetailsService users;

	@BeforeEach
	void indexReady() {
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> !search.status().running() && !search.isBehindDirectory());
	}

	@Test
	void aGermanQueryFindsProfilesWrittenOnlyInJapanese() throws Exception {
		Set<String> japaneseOnly = Set.copyOf(directory.organizations(OrganizationQuery.all())
			.items()
			.stream()
			.filter(o -> o.descriptions().values().keySet().equals(Set.of("ja")))
			.map(o -> o.id())
			.toList());

		String body = mvc.get()
			.uri("/api/v1/organizations/search?q=Zelltherapie&lang=de&limit=20")
			.header("Authorization", KEY)
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		List<String> ids = JsonPath.read(body, "$.results[*].id");
		assertThat(ids).as("a cell-therapy profile written only in Japanese").containsAnyElementsOf(japaneseOnly);
		List<List<String>> why = JsonPath.read(body, "$.results[*].why");
		assertThat(why.get(0)).contains("Zelltherapie");
	}

	@Test
	void aJapaneseQueryFindsGermanProfiles() {
		var result = search.search(SearchQuery.of("抗体", "ja", 20));

		assertThat(result.hits()).extracting(h -> h.id())
			.anyMatch(id -> id.startsWith("biom-") || id.startsWith("lsn-"));
		assertThat(result.hits().get(0).why()).extracting(c -> c.label()).contains("抗体");
	}

	@Test
	void searchNeedsSignInAndValidParameters() {
		assertThat(mvc.get().uri("/api/v1/organizations/search?q=x")).hasStatus(401);
		assertThat(mvc.get().uri("/api/v1/organizations/search?q=x&limit=1000").header("Authorization", KEY))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("limit must be between 1 and 100");
		assertThat(mvc.get().uri("/search?q=x")).hasStatus(302);
	}

	@Test
	void theIndexFollowsADirectoryChangeAtOnce() {
		String id = "search-follow-" + System.nanoTime();
		assertThat(mvc.post()
			.uri("/api/v1/organizations")
			.header("Authorization", KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"id": "%s", "kind": "company", "country": "DE", "cluster": "biom",
					 "name": {"de": "Quellwasser Impfstoffe GmbH"},
					 "description": {"de": "Wir entwickeln mRNA-Impfstoffe gegen Tropenkrankheiten."}}"""
				.formatted(id)))
			.hasStatus(201);

		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(search.search(SearchQuery.of("Quellwasser", "de", 5)).hits())
				.extracting(h -> h.id())
				.contains(id));
	}

	@Test
	void theSearchPageShowsHitsWhyAndFacetsInTheReadersLanguage() {
		var page = mvc.get().uri("/search?q=細胞治療&lang=ja").with(as(users, "member.lsn")).exchange();

		assertThat(page).hasStatusOk().bodyText().contains("why text-bg-success").contains("国");
	}

	@Test
	void suggestedPartnersComeFromThePartnerRegionsOnly() {
		var fragment = mvc.get().uri("/organizations/biom-0001/suggestions").with(as(users, "member.biom")).exchange();

		assertThat(fragment).hasStatusOk();
		List<String> suggested = search.suggestionsFor("biom-0001", "en", 5).stream().map(s -> s.id()).toList();
		// BioM's partners are Osaka Bio Headquarters and Kawasaki (its agreements), not
		// Kobe or LSN.
		assertThat(suggested).isNotEmpty().allMatch(id -> id.startsWith("obhq-") || id.startsWith("kawasaki-"));
	}

	@Test
	void onlyAdministratorsRebuildTheIndex() {
		assertThat(mvc.post().uri("/admin/search/rebuild").with(as(users, "manager.biom")).with(csrf())).hasStatus(403);
		assertThat(mvc.post().uri("/admin/search/rebuild").with(as(users, "admin")).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/admin/search").with(as(users, "admin"))).hasStatusOk();
	}

}
