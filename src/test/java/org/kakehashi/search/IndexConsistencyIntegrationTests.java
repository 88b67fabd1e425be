package org.kakehashi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.DemoUsers;
import org.kakehashi.IntegrationTest;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.directory.OrganizationDocument;
import org.kakehashi.search.engine.SearchQuery;
import org.kakehashi.search.internal.IndexFollower;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The consistency check compares every document's version with the directory, repairs
 * what differs and reports it on the admin page and in readiness.
 */
@IntegrationTest
class IndexConsistencyIntegrationTests {

	private static final CurrentUser ADMIN = new CurrentUser(0, "admin", "Administrator", Role.ADMIN, null, null);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PartnerSearch search;

	@Autowired
	IndexFollower follower;

	@Autowired
	DirectoryService directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@BeforeEach
	void indexReady() {
		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> !search.status().running() && search.followsLog() && follower.lastCheck() != null
					&& !follower.checkPending());
	}

	@Test
	void theCheckAtStartFindsTheIndexConsistent() {
		IndexCheck check = follower.lastCheck();

		assertThat(check.thesaurusCurrent()).isTrue();
		assertThat(check.organizations()).isGreaterThanOrEqualTo(60);
	}

	@Test
	void aDocumentChangedBehindTheLogsBackIsFoundStaleAndRepaired() {
		String id = "consistency-" + Long.toHexString(System.nanoTime());
		directory.save(ADMIN, new OrganizationDocument(id, "company", "DE", null, "biom", null,
				Map.of("de", "Altname Pharma GmbH"), Map.of(), List.of(), List.of(), null, null, null), true);
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> hits("Altname").contains(id) && follower.position() > 0);
		// an operator's SQL fix: the database changes, the log does not
		jdbc.sql("update organization set names = ?, version = version + 1 where id = ?")
			.params("{\"de\": \"Neuname Pharma GmbH\"}", id)
			.update();
		IndexCheck before = follower.lastCheck();

		assertThat(mvc.post().uri("/admin/search/check").with(as(users, DemoUsers.ADMIN)).with(csrf()))
			.hasRedirectedUrl("/admin/search");
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> !follower.checkPending() && follower.lastCheck() != before);

		IndexCheck check = follower.lastCheck();
		assertThat(check.stale()).isEqualTo(1);
		assertThat(check.missing()).isZero();
		assertThat(check.extra()).isZero();
		assertThat(hits("Neuname")).contains(id);
		assertThat(hits("Altname")).doesNotContain(id);
		assertThat(mvc.get().uri("/admin/search").header("Accept-Language", "en").with(as(users, DemoUsers.ADMIN)))
			.hasStatusOk()
			.bodyText()
			.contains("0 missing, 1 outdated and 0 left-over entries found and re-indexed");
	}

	@Test
	void onlyAdministratorsAskForACheck() {
		assertThat(mvc.post().uri("/admin/search/check").with(as(users, "manager.biom")).with(csrf())).hasStatus(403);
	}

	private List<String> hits(String query) {
		return search.search(SearchQuery.of(query, "de", 20)).hits().stream().map(h -> h.id()).toList();
	}

}
