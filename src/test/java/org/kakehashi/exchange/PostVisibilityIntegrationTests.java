package org.kakehashi.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.DemoUsers.as;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kakehashi.IntegrationTest;
import org.kakehashi.accounts.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The one visibility rule, checked for every role and cluster in the pages, the API and
 * the Atom feed: a post BioM shared with Osaka only never reaches Kawasaki, Life Science
 * Nord, funders or anonymous readers, who get 404 as if it did not exist.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostVisibilityIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PostService posts;

	@Autowired
	AccountService accounts;

	Post secret;

	Post open;

	@BeforeAll
	void write() {
		secret = ExchangeFixtures.privatePost(posts, accounts, "manager.biom",
				ExchangeFixtures.unique("Secret for Osaka"), "obhq");
		open = ExchangeFixtures.publicPost(posts, accounts, "manager.biom", ExchangeFixtures.unique("Open to all"));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "manager.biom, 200", "member.biom, 200", "manager.osaka, 200", "member.osaka, 200", "admin, 200",
			"manager.kawasaki, 404", "member.kawasaki, 404", "manager.lsn, 404", "member.lsn, 404", "manager.kobe, 404",
			"funder, 404" })
	void postPageOfAPrivatePost(String who, int status) {
		var result = mvc.get().uri("/posts/" + secret.id()).with(as(users, who));

		assertThat(result).hasStatus(status);
		if (status == 404) {
			assertThat(result).bodyText().doesNotContain(secret.titles().in(java.util.Locale.ENGLISH));
		}
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "manager.biom, true", "member.biom, true", "manager.osaka, true", "member.osaka, true",
			"manager.kawasaki, false", "member.kawasaki, false", "manager.lsn, false", "member.lsn, false",
			"funder, false" })
	void feedPageListsThePrivatePostOnlyForItsClusters(String who, boolean listed) {
		String title = secret.titles().in(java.util.Locale.ENGLISH);
		var body = assertThat(mvc.get().uri("/posts").with(as(users, who))).hasStatusOk().bodyText();

		if (listed) {
			body.contains(title);
		}
		else {
			body.doesNotContain(title);
		}
		body.contains(open.titles().in(java.util.Locale.ENGLISH));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "manager.osaka, 200", "member.biom, 200", "manager.kawasaki, 404", "member.lsn, 404", "funder, 404" })
	void apiAnswersAPrivatePostOnlyToItsClusters(String who, int status) {
		var result = mvc.get().uri("/api/v1/posts/" + secret.id()).with(as(users, who));

		assertThat(result).hasStatus(status);
		if (status == 404) {
			assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:kakehashi:problem:not-found");
		}
		else {
			assertThat(result).bodyJson().extractingPath("$.visibility").isEqualTo("partners");
		}
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "manager.osaka, true", "manager.kawasaki, false", "member.lsn, false", "funder, false" })
	void apiListHoldsThePrivatePostOnlyForItsClusters(String who, boolean listed) {
		var body = assertThat(mvc.get().uri("/api/v1/posts").with(as(users, who))).hasStatusOk().bodyText();

		if (listed) {
			body.contains(secret.titles().in(java.util.Locale.ENGLISH));
		}
		else {
			body.doesNotContain(secret.titles().in(java.util.Locale.ENGLISH));
		}
	}

	@Test
	void anonymousReadersAreSentToSignInForPostsAndGet401FromTheApi() {
		assertThat(mvc.get().uri("/posts/" + open.id())).hasStatus(302).hasRedirectedUrl("/login");
		assertThat(mvc.get().uri("/api/v1/posts/" + open.id())).hasStatus(401);
	}

	@Test
	void theAtomFeedCarriesPublicPostsOnly() {
		var body = assertThat(mvc.get().uri("/feeds/clusters/biom.atom")).hasStatusOk().bodyText();

		body.contains(open.titles().in(java.util.Locale.ENGLISH));
		body.doesNotContain(secret.titles().in(java.util.Locale.ENGLISH));
	}

	@Test
	void aPublicPostIsReadByFundersAndOtherClusters() {
		assertThat(mvc.get().uri("/posts/" + open.id()).with(as(users, "funder"))).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/posts/" + open.id()).with(as(users, "member.lsn"))).hasStatusOk();
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "manager.kawasaki, 404", "member.lsn, 404", "manager.osaka, 200" })
	void commentsAndAttachmentsOfAPrivatePostFollowTheSameRule(String who, int status) {
		assertThat(mvc.get().uri("/api/v1/posts/" + secret.id() + "/comments").with(as(users, who))).hasStatus(status);
		assertThat(mvc.get().uri("/posts/" + secret.id() + "/attachments/999999").with(as(users, who))).hasStatus(404);
	}

	@Test
	void anUnknownPostIsNotFoundLikeAPrivateOne() {
		assertThat(mvc.get().uri("/api/v1/posts/987654321").with(as(users, "manager.kawasaki"))).hasStatus(404);
		assertThat(mvc.get().uri("/posts/987654321").with(as(users, "manager.kawasaki"))).hasStatus(404);
	}

}
