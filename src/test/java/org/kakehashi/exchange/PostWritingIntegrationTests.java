package org.kakehashi.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.kakehashi.IntegrationTest;
import org.kakehashi.accounts.AccountService;
import org.kakehashi.shared.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Writing, editing, commenting, reading in one's own language, read receipts and
 * attachments.
 */
@IntegrationTest
class PostWritingIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PostService posts;

	@Autowired
	AccountService accounts;

	@Test
	void aManagerPostsAnUpdateForAPartnerThroughTheForm() {
		String title = ExchangeFixtures.unique("Munich update");

		var result = mvc.post()
			.uri("/posts")
			.with(as(users, "manager.biom"))
			.with(csrf())
			.param("kind", "technology")
			.param("titleEn", title)
			.param("bodyEn", "New imaging platform")
			.param("audience", "partners")
			.param("sharedWith", "obhq")
			.exchange();

		assertThat(result).hasStatus(302);
		Post post = posts.feed(ExchangeFixtures.current(accounts, "manager.osaka"), PostKind.TECHNOLOGY, "biom")
			.stream()
			.filter(p -> p.titles().in(Locale.ENGLISH).equals(title))
			.findFirst()
			.orElseThrow();
		assertThat(result).hasRedirectedUrl("/posts/" + post.id());
		assertThat(post.sharedWith()).containsExactly("obhq");
		assertThat(post.authorUsername()).isEqualTo("manager.biom");
	}

	@Test
	void sharingWithAClusterThatIsNoPartnerIsRefusedOnTheForm() {
		var result = mvc.post()
			.uri("/posts")
			.with(as(users, "manager.biom"))
			.with(csrf())
			.param("kind", "technology")
			.param("titleEn", "Not for Hamburg")
			.param("bodyEn", "Text")
			.param("audience", "partners")
			.param("sharedWith", "lsn");

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("Choose one or more partner clusters (parties of a signed agreement");
		assertThat(posts.feed(ExchangeFixtures.current(accounts, "admin"), null, null))
			.noneMatch(p -> p.titles().in(Locale.ENGLISH).equals("Not for Hamburg"));
	}

	@Test
	void membersAndFundersCannotWritePosts() {
		assertThat(mvc.get().uri("/posts/new").with(as(users, "member.biom"))).hasStatus(403);
		assertThat(mvc.post()
			.uri("/api/v1/posts")
			.with(as(users, "funder"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).hasStatus(403);
	}

	@Test
	void aJapaneseManagerReadsAGermanOnlyUpdateWithAMarkerAndAnswersIt() {
		Post post = posts.create(ExchangeFixtures.current(accounts, "manager.biom"),
				new PostDraft(PostKind.REGIONAL_UPDATE, LocalizedText.of("de", ExchangeFixtures.unique("Nur deutsch")),
						LocalizedText.of("de", "Ein Text"), false, List.of("obhq"), 0));

		assertThat(mvc.get().uri("/posts/" + post.id() + "?lang=ja").with(as(users, "manager.osaka"))).hasStatusOk()
			.bodyText()
			.contains("ドイツ語で記載")
			.contains("lang=\"de\"");
		var answer = mvc.post()
			.uri("/posts/" + post.id() + "/comments")
			.with(as(users, "manager.osaka"))
			.with(csrf())
			.header("HX-Request", "true")
			.param("body", "ありがとうございます。詳細を教えてください。")
			.param("question", "true")
			.exchange();

		assertThat(answer).hasStatusOk()
			.bodyText()
			.contains("ありがとうございます。詳細を教えてください。")
			.contains("id=\"comments\"")
			.doesNotContain("<nav");
	}

	@Test
	void theAuthorsClusterSeesWhoReadThePostAndReadersDoNot() {
		Post post = ExchangeFixtures.privatePost(posts, accounts, "manager.biom", ExchangeFixtures.unique("Receipts"),
				"obhq", "kawasaki");

		mvc.get().uri("/posts/" + post.id()).with(as(users, "member.osaka")).exchange();

		assertThat(mvc.get().uri("/posts/" + post.id()).with(as(users, "member.biom"))).hasStatusOk()
			.bodyText()
			.contains("id=\"readers\"")
			.contains("Demo member (Osaka)")
			.doesNotContain("member.osaka");
		assertThat(mvc.get().uri("/posts/" + post.id()).with(as(users, "manager.kawasaki"))).hasStatusOk()
			.bodyText()
			.doesNotContain("id=\"readers\"")
			.doesNotContain("Demo member (Osaka)");
	}

	@Test
	void commentsComeFromManagersOfTheClustersItIsSharedWith() {
		Post post = ExchangeFixtures.privatePost(posts, accounts, "manager.biom", ExchangeFixtures.unique("Comments"),
				"obhq");
		String json = "{\"body\": \"Question from Osaka\", \"question\": true}";

		assertThat(mvc.post()
			.uri("/api/v1/posts/" + post.id() + "/comments")
			.with(as(users, "manager.osaka"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).hasStatus(201).bodyJson().extractingPath("$.clusterId").isEqualTo("obhq");
		assertThat(mvc.post()
			.uri("/api/v1/posts/" + post.id() + "/comments")
			.with(as(users, "manager.kawasaki"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).hasStatus(404);
		assertThat(mvc.post()
			.uri("/api/v1/posts/" + post.id() + "/comments")
			.with(as(users, "member.osaka"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).hasStatus(403);
	}

	@Test
	void theApiCreatesAPostAndRefusesMissingTextWithFieldErrors() {
		String title = ExchangeFixtures.unique("API post");
		String ok = "{\"kind\": \"best-practice\", \"title\": {\"en\": \"" + title
				+ "\"}, \"body\": {\"en\": \"Text\"},"
				+ " \"visibility\": \"partners\", \"sharedWith\": [\"kawasaki\"]}";

		var created = mvc.post()
			.uri("/api/v1/posts")
			.with(as(users, "manager.biom"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(ok)
			.exchange();
		var invalid = mvc.post()
			.uri("/api/v1/posts")
			.with(as(users, "manager.biom"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"kind\": \"best-practice\", \"title\": {}, \"body\": {\"en\": \"x\"}, \"visibility\": \"partners\"}");

		assertThat(created).hasStatus(201)
			.bodyJson()
			.extractingPath("$.sharedWith")
			.asArray()
			.containsExactly("kawasaki");
		assertThat(invalid).hasStatus(422)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactly("title", "sharedWith");
	}

	@Test
	void aStaleEditIsRefusedWith409() {
		Post post = ExchangeFixtures.privatePost(posts, accounts, "manager.biom", ExchangeFixtures.unique("Edit"),
				"obhq");
		String edit = "{\"kind\": \"regional-update\", \"title\": {\"en\": \"Edited\"}, \"body\": {\"en\": \"x\"},"
				+ " \"visibility\": \"partners\", \"sharedWith\": [\"obhq\"], \"version\": 0}";

		assertThat(mvc.put()
			.uri("/api/v1/posts/" + post.id())
			.with(as(users, "manager.biom"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(edit)).hasStatusOk().bodyJson().extractingPath("$.version").isEqualTo(1);
		assertThat(mvc.put()
			.uri("/api/v1/posts/" + post.id())
			.with(as(users, "manager.biom"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(edit)).hasStatus(409)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:kakehashi:problem:concurrent-edit");
		assertThat(mvc.post()
			.uri("/posts/" + post.id() + "/edit")
			.with(as(users, "manager.biom"))
			.with(csrf())
			.param("kind", "regional-update")
			.param("titleEn", "Again")
			.param("bodyEn", "x")
			.param("audience", "partners")
			.param("sharedWith", "obhq")
			.param("version", "0")).hasStatusOk()
			.bodyText()
			.contains("Someone else changed this entry in the meantime");
		assertThat(mvc.put()
			.uri("/api/v1/posts/" + post.id())
			.with(as(users, "manager.osaka"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(edit)).hasStatus(403);
	}

	@Test
	void attachmentsArePdfPngOrJpegAndReachOnlyThePostsReaders() {
		Post post = ExchangeFixtures.privatePost(posts, accounts, "manager.biom", ExchangeFixtures.unique("Files"),
				"obhq");
		byte[] pdf = "%PDF-1.4 demo".getBytes();

		assertThat(mvc.post()
			.multipart()
			.uri("/posts/" + post.id() + "/attachments")
			.with(as(users, "manager.biom"))
			.with(csrf())
			.file(new MockMultipartFile("file", "../brochure.pdf", "application/pdf", pdf))).hasStatus(302)
			.flash()
			.containsEntry("message", "attachment.added");
		assertThat(mvc.post()
			.multipart()
			.uri("/posts/" + post.id() + "/attachments")
			.with(as(users, "manager.biom"))
			.with(csrf())
			.file(new MockMultipartFile("file", "run.sh", "text/plain", "echo".getBytes()))).flash()
			.containsEntry("attachmentProblem", "must be a PDF, PNG or JPEG file, not text/plain");
		assertThat(mvc.post()
			.multipart()
			.uri("/posts/" + post.id() + "/attachments")
			.with(as(users, "manager.biom"))
			.with(csrf())
			.file(new MockMultipartFile("file", "fake.pdf", "application/pdf", "<html>".getBytes()))).flash()
			.containsEntry("attachmentProblem", "is not really a application/pdf file");
		assertThat(mvc.post()
			.multipart()
			.uri("/posts/" + post.id() + "/attachments")
			.with(as(users, "manager.osaka"))
			.with(csrf())
			.file(new MockMultipartFile("file", "x.pdf", "application/pdf", pdf))).hasStatus(403);

		Attachment stored = attachmentOf(post);
		assertThat(stored.fileName()).isEqualTo("brochure.pdf");
		assertThat(stored.storedName()).matches("[0-9a-f-]{36}\\.pdf");
		String url = "/posts/" + post.id() + "/attachments/" + stored.id();
		assertThat(mvc.get().uri(url).with(as(users, "manager.osaka"))).hasStatusOk()
			.hasContentType("application/pdf")
			.hasHeader("Content-Disposition", "attachment; filename=\"brochure.pdf\"; filename*=UTF-8''brochure.pdf")
			.body()
			.isEqualTo(pdf);
		assertThat(mvc.get().uri(url).with(as(users, "manager.kawasaki"))).hasStatus(404);
	}

	@Test
	void anAttachmentOverTheSizeLimitIsRefused(@Autowired PostActivity activity) {
		Post post = ExchangeFixtures.privatePost(posts, accounts, "manager.biom", ExchangeFixtures.unique("Big"),
				"obhq");
		byte[] big = new byte[(int) activity.maxAttachmentSize() + 1];
		big[0] = '%';
		big[1] = 'P';
		big[2] = 'D';
		big[3] = 'F';

		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> activity.attach(ExchangeFixtures.current(accounts, "manager.biom"), post.id(),
					"big.pdf", "application/pdf", big))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("file: is larger than 10 MB");
	}

	@Autowired
	PostActivity activity;

	private Attachment attachmentOf(Post post) {
		return activity.open(ExchangeFixtures.current(accounts, "manager.biom"), post.id()).attachments().get(0);
	}

}
