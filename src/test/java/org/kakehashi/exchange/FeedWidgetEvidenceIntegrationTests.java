package org.kakehashi.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.DemoUsers.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.kakehashi.IntegrationTest;
import org.kakehashi.accounts.AccountService;
import org.kakehashi.agreements.CommitmentEvidence;
import org.kakehashi.agreements.CommitmentKind;
import org.kakehashi.shared.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The public Atom feed, the embeddable partner widget, and the evidence both give to
 * commitments.
 */
@IntegrationTest
class FeedWidgetEvidenceIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PostService posts;

	@Autowired
	AccountService accounts;

	@Autowired
	List<CommitmentEvidence> evidence;

	CommitmentEvidence of(CommitmentKind kind) {
		return evidence.stream().filter(e -> e.kinds().contains(kind)).findFirst().orElseThrow();
	}

	@Test
	void theAtomFeedIsAnonymousWithIdsLinksAndLanguages() {
		String title = ExchangeFixtures.unique("Public Nachricht");
		Post post = posts.create(ExchangeFixtures.current(accounts, "manager.lsn"),
				new PostDraft(PostKind.BEST_PRACTICE, LocalizedText.of("de", title), LocalizedText.of("de", "Inhalt"),
						true, List.of(), 0));

		var feed = mvc.get().uri("/feeds/clusters/lsn.atom?lang=en").exchange();

		assertThat(feed).hasStatusOk().hasContentTypeCompatibleWith("application/atom+xml");
		assertThat(feed).bodyText()
			.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">")
			.contains("<id>http://localhost/feeds/clusters/lsn.atom</id>")
			.contains("rel=\"self\"")
			.contains("<entry xml:lang=\"de\">")
			.contains("<id>http://localhost/posts/" + post.id() + "</id>")
			.contains("<title type=\"text\" xml:lang=\"de\">" + title + "</title>")
			.contains("<updated>")
			.contains("term=\"best-practice\"");
		assertThat(mvc.get().uri("/feeds/clusters/no-such-cluster.atom")).hasStatus(404);
		assertThat(mvc.get().uri("/feeds/other")).hasStatus(302);
	}

	@Test
	void theWidgetListsPartnersAndMayBeFramedByAnySiteOnlyItself() {
		var widget = mvc.get()
			.uri("/widgets/clusters/biom/partners?lang=en")
			.header("Referer", "https://www.bio-m.org/en/international")
			.exchange();

		assertThat(widget).hasStatusOk().doesNotContainHeader("X-Frame-Options");
		assertThat(widget.getResponse().getHeader("Content-Security-Policy")).contains("frame-ancestors *");
		assertThat(widget).bodyText()
			.contains("Osaka Bio Headquarters")
			.contains("City of Kawasaki")
			.doesNotContain("Life Science Nord")
			.contains(">OB<");
		assertThat(mvc.get()
			.uri("/posts")
			.with(as(users, "manager.biom"))
			.exchange()
			.getResponse()
			.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
		assertThat(mvc.post().uri("/widgets/clusters/biom/partners")).hasStatus(403);
		assertThat(mvc.get().uri("/widgets/clusters/nowhere/partners")).hasStatus(404);
	}

	@Test
	void widgetLoadsAreEvidenceOfPromotingEveryPartner() {
		mvc.get()
			.uri("/widgets/clusters/fbri/partners")
			.header("Referer", "https://www.fbri-kobe.org/partners")
			.exchange();
		mvc.get()
			.uri("/widgets/clusters/fbri/partners")
			.header("Referer", "https://www.fbri-kobe.org/other")
			.exchange();
		LocalDate today = LocalDate.now();

		var records = of(CommitmentKind.PARTNER_PROMOTION).records(CommitmentKind.PARTNER_PROMOTION, "fbri", "lsn",
				today.minusDays(1), today.plusDays(1));

		assertThat(records).singleElement().satisfies(r -> {
			assertThat(r.key()).isEqualTo("evidence.widget");
			assertThat(r.argumentsIn(Locale.ENGLISH)).containsExactly("https://www.fbri-kobe.org", 2L);
			assertThat(r.path()).isEqualTo("/widgets/clusters/fbri/partners");
		});
		assertThat(of(CommitmentKind.PARTNER_PROMOTION).records(CommitmentKind.PARTNER_PROMOTION, "fbri", "biom",
				today.minusDays(1), today.plusDays(1)))
			.isEmpty();
	}

	@Test
	void postsSharedWithAPartnerOrPublicCountAsRegularUpdates() {
		CommitmentEvidence updates = of(CommitmentKind.REGULAR_UPDATES);
		LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
		int osakaBefore = updates.records(CommitmentKind.REGULAR_UPDATES, "biom", "obhq", today, today).size();
		int kawasakiBefore = updates.records(CommitmentKind.REGULAR_UPDATES, "biom", "kawasaki", today, today).size();

		Post secret = ExchangeFixtures.privatePost(posts, accounts, "manager.biom", ExchangeFixtures.unique("Evidence"),
				"obhq");
		ExchangeFixtures.publicPost(posts, accounts, "manager.biom", ExchangeFixtures.unique("Evidence public"));

		var osaka = updates.records(CommitmentKind.REGULAR_UPDATES, "biom", "obhq", today, today);
		assertThat(osaka).hasSize(osakaBefore + 2);
		assertThat(osaka).anySatisfy(r -> {
			assertThat(r.key()).isEqualTo("evidence.post.shared");
			assertThat(r.mentions()).contains("post.kind.regional-update")
				.doesNotContain(secret.titles().in(Locale.ENGLISH));
			assertThat(r.path()).isEqualTo("/posts/" + secret.id());
		});
		assertThat(updates.records(CommitmentKind.REGULAR_UPDATES, "biom", "kawasaki", today, today))
			.hasSize(kawasakiBefore + 1);
		assertThat(updates.records(CommitmentKind.REGULAR_UPDATES, "biom", "obhq", today.minusYears(5),
				today.minusYears(4)))
			.isEmpty();
	}

}
