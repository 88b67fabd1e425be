package org.kakehashi.thesaurus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.kakehashi.DemoUsers;
import org.kakehashi.IntegrationTest;
import org.kakehashi.search.PartnerSearch;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Thesaurus pages: browsing for everyone signed in, additions by administrators, search
 * follows.
 */
@IntegrationTest
class ThesaurusWebIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ThesaurusService thesaurus;

	@Autowired
	PartnerSearch search;

	@Test
	void aLabelInAnyLanguageFindsTheConcept() {
		for (String label : List.of("Zelltherapie", "cell therapy", "細胞治療")) {
			assertThat(mvc.get().uri("/thesaurus?q={q}", label).with(as(users, DemoUsers.FUNDER))).hasStatusOk()
				.bodyText()
				.contains("/thesaurus/concepts/cell-therapy");
		}
		assertThat(mvc.get().uri("/thesaurus?q=Zelltherapie&group=technology").with(as(users, DemoUsers.BIOM_MEMBER)))
			.bodyText()
			.doesNotContain("/thesaurus/concepts/cell-therapy");
	}

	@Test
	void theConceptPageShowsLabelsBroaderAndNarrower() {
		assertThat(mvc.get().uri("/thesaurus/concepts/cell-therapy").with(as(users, DemoUsers.BIOM_MEMBER)))
			.hasStatusOk()
			.bodyText()
			.contains("Zelltherapie", "cell-based therapy", "細胞療法", "/thesaurus/concepts/cell-and-gene-therapy",
					"/thesaurus/concepts/autologous-cell-therapy")
			.doesNotContain("name=\"label\"");
		assertThat(mvc.get().uri("/thesaurus/concepts/no-such-concept").with(as(users, DemoUsers.BIOM_MEMBER)))
			.hasStatus(404);
	}

	@Test
	void anonymousUsersAreSentToSignIn() {
		assertThat(mvc.get().uri("/thesaurus")).hasStatus3xxRedirection();
	}

	@Test
	void onlyAdministratorsChangeTheThesaurus() {
		for (String user : List.of(DemoUsers.BIOM_MANAGER, DemoUsers.BIOM_MEMBER, DemoUsers.FUNDER)) {
			assertThat(mvc.get().uri("/thesaurus/new").with(as(users, user))).hasStatus(403);
			assertThat(mvc.post()
				.uri("/thesaurus/concepts")
				.param("id", "denied-" + System.nanoTime())
				.param("group", "modality")
				.param("en", "denied")
				.with(as(users, user))
				.with(csrf())).hasStatus(403);
			assertThat(mvc.post()
				.uri("/thesaurus/concepts/cell-therapy/synonyms")
				.param("lang", "en")
				.param("label", "denied synonym")
				.with(as(users, user))
				.with(csrf())).hasStatus(403);
			assertThat(mvc.post()
				.multipart()
				.uri("/thesaurus/import")
				.file(new MockMultipartFile("file", "a.jsonl", "application/x-ndjson", new byte[0]))
				.with(as(users, user))
				.with(csrf())).hasStatus(403);
		}
		assertThat(thesaurus.current().conceptIdsForLabel("denied synonym")).isEmpty();
	}

	@Test
	void anAdministratorAddsAConceptThatIsThenFoundByAnyOfItsLabels() {
		String id = "test-concept-" + System.nanoTime();
		assertThat(mvc.post()
			.uri("/thesaurus/concepts")
			.param("id", id)
			.param("group", "technology")
			.param("de", "Prüfbegriff " + id + "; Zweitname " + id)
			.param("en", "test concept " + id)
			.param("ja", "")
			.param("broader", "cell-therapy")
			.with(as(users, DemoUsers.ADMIN))
			.with(csrf())).hasRedirectedUrl("/thesaurus/concepts/" + id);

		Concept added = thesaurus.concept(id);
		assertThat(added.labels().get("de")).containsExactly("Prüfbegriff " + id, "Zweitname " + id);
		assertThat(thesaurus.current().conceptIdsForLabel("zweitname " + id)).containsExactly(id);
		assertThat(thesaurus.narrower("cell-therapy")).extracting(Concept::id).contains(id);
		assertThat(mvc.get().uri("/thesaurus?q={q}", "Zweitname " + id).with(as(users, DemoUsers.FUNDER))).bodyText()
			.contains("/thesaurus/concepts/" + id);
	}

	@Test
	void anInvalidConceptShowsTheProblemsOnTheForm() {
		assertThat(mvc.post()
			.uri("/thesaurus/concepts")
			.param("id", "Bad Id")
			.param("group", "technology")
			.param("de", "")
			.param("en", "x")
			.param("ja", "")
			.param("broader", "no-such-concept")
			.with(as(users, DemoUsers.ADMIN))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("must be lower-case words joined by", "unknown broader concept &#39;no-such-concept&#39;");
	}

	@Test
	void aNewSynonymReachesPartnerSearchAfterTheRebuild() throws Exception {
		String word = "kakehashisynonym" + System.nanoTime();
		assertThat(mvc.post()
			.uri("/thesaurus/concepts/cell-therapy/synonyms")
			.param("lang", "en")
			.param("label", word)
			.with(as(users, DemoUsers.ADMIN))
			.with(csrf())).hasRedirectedUrl("/thesaurus/concepts/cell-therapy");
		assertThat(thesaurus.concept("cell-therapy").labels().get("en")).endsWith(word);

		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> search.usesCurrentThesaurus() && !search.status().running());
		String body = mvc.get()
			.uri("/api/v1/organizations/search?q={q}&lang=en&limit=5", word)
			.header("Authorization", "Bearer " + DemoUsers.ADMIN_API_KEY)
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<List<String>> why = JsonPath.read(body, "$.results[*].why");
		assertThat(why).isNotEmpty();
		assertThat(why.get(0)).contains("cell therapy");
	}

	@Test
	void importAddsGoodLinesAndReportsBadOnesWithTheirLineNumbers() {
		String id = "imported-concept-" + System.nanoTime();
		String file = """
				{"id":"%s","group":"modality","labels":{"en":["imported %s"],"ja":["輸入%s"]},"broader":["cell-therapy"]}
				{"id":"%s-child","group":"modality","labels":{"de":["Kind %s"]},"broader":["%s"]}
				{"id":"x","group":"modality","labels":{"en":["x"]},"broader":["no-such-concept"]}
				not json

				{"id":"oncology","labels":{"de":["Geschwulstlehre %s"]}}
				""".formatted(id, id, id, id, id, id, id);
		assertThat(mvc.post()
			.multipart()
			.uri("/thesaurus/import")
			.file(new MockMultipartFile("file", "additions.jsonl", "application/x-ndjson",
					file.getBytes(StandardCharsets.UTF_8)))
			.with(as(users, DemoUsers.ADMIN))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("6 lines: 3 added, 2 rejected", "unknown broader concept", "invalid JSON");

		assertThat(thesaurus.concept(id + "-child").broader()).containsExactly(id);
		assertThat(thesaurus.concept("oncology").group()).isEqualTo("therapeutic-area");
		assertThat(thesaurus.concept("oncology").labels().get("de")).startsWith("Onkologie")
			.endsWith("Geschwulstlehre " + id);
	}

}
