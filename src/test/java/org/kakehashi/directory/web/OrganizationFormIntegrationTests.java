package org.kakehashi.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kakehashi.DemoUsers.BIOM_MANAGER;
import static org.kakehashi.DemoUsers.BIOM_MEMBER;
import static org.kakehashi.DemoUsers.FUNDER;
import static org.kakehashi.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kakehashi.IntegrationTest;
import org.kakehashi.directory.Contact;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.directory.Organization;
import org.kakehashi.directory.OrganizationDocument;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.NotFoundException;
import org.kakehashi.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The organisation form as a manager in Munich or Osaka fills it in: contacts as rows
 * with errors at their row, topics picked by their labels, rows added without script, and
 * the same denials as before.
 */
@IntegrationTest
class OrganizationFormIntegrationTests {

	static final CurrentUser ADMIN = new CurrentUser(1, "admin", "A", Role.ADMIN, null, null);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DirectoryService directory;

	@Test
	void contactRowsAndTopicsAreLabelledInTheReadersLanguage() throws Exception {
		String german = page(mvc.get().uri("/organizations/new").header("Accept-Language", "de"));
		String japanese = page(mvc.get().uri("/organizations/new").header("Accept-Language", "ja"));

		assertThat(german).contains("Weiteren Kontakt hinzufügen", ">E-Mail</label>", ">Funktion</label>")
			.contains("Therapiegebiet", "for=\"topic-oncology\">Onkologie</label>",
					"for=\"topic-cell-therapy\">Zelltherapie</label>")
			.contains("id=\"contact1-name\"")
			.doesNotContain("id=\"contact2-name\"")
			.doesNotContain("cell-therapy, oncology");
		assertThat(japanese).contains("連絡先の行を追加", ">メールアドレス</label>", ">役割</label>")
			.contains("治療領域", "for=\"topic-oncology\">がん</label>", "for=\"topic-cell-therapy\">細胞治療</label>");
	}

	@Test
	void aValidFormSavesTheFilledContactRowsAndTheTickedTopics() {
		String id = "form-rows-" + System.nanoTime();

		MvcTestResult result = create(id, "contacts[0].name", "Dr. Erste", "contacts[0].email", "erste@example.org",
				"contacts[0].role", "Leitung", "contacts[1].name", "", "contacts[1].email", "", "contacts[1].role", "",
				"contacts[2].name", "Dr. Dritte", "contacts[2].email", "", "contacts[2].role", "BD");

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/organizations/" + id);
		Organization saved = directory.organization(id);
		assertThat(saved.topics()).containsExactly("oncology", "cell-therapy");
		assertThat(directory.contactsFor(ADMIN, saved)).containsExactly(
				new Contact("Dr. Erste", "erste@example.org", "Leitung"), new Contact("Dr. Dritte", null, "BD"));
	}

	@Test
	void aBadEmailInTheSecondRowIsShownAtThatRowAndEverythingEnteredIsKept() {
		String id = "form-bad-mail-" + System.nanoTime();

		MvcTestResult result = create(id, "contacts[0].name", "Dr. Erste", "contacts[0].email", "erste@example.org",
				"contacts[1].name", "Dr. Zweite", "contacts[1].email", "zweite-at-example.org");

		assertThat(result).hasStatusOk().hasViewName("directory/organization-form");
		assertThat(result).bodyText()
			.contains("id=\"contact1-email-error\">Bitte eine gültige E-Mail-Adresse angeben.</div>")
			.doesNotContain("id=\"contact0-email-error\"")
			.doesNotContain("id=\"contact1-name-error\"")
			.contains("value=\"zweite-at-example.org\"", "value=\"Dr. Zweite\"", "value=\"erste@example.org\"",
					"value=\"Rows " + id + "\"")
			.contains("value=\"oncology\" id=\"topic-oncology\" checked=\"checked\"");
		assertThatThrownBy(() -> directory.organization(id)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void anUnknownTopicCodeIsRefusedWithAFieldErrorAndNotShown() {
		String id = "form-bad-topic-" + System.nanoTime();

		MvcTestResult result = create(id, "topics", "no-such-topic");

		assertThat(result).hasStatusOk().hasViewName("directory/organization-form");
		assertThat(result).bodyText()
			.contains("id=\"topics-error\"", "Bitte nur Themen aus der Liste wählen.")
			.doesNotContain("no-such-topic");
		assertThatThrownBy(() -> directory.organization(id)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void addingARowOrSearchingTopicsShowsTheFormAgainAndSavesNothing() {
		String id = "form-add-" + System.nanoTime();

		MvcTestResult added = create(id, "contacts[0].name", "Dr. Erste", "add", "contact");
		MvcTestResult searched = create(id, "topicQuery", "細胞治療", "add", "topics");

		assertThat(added).hasStatusOk()
			.bodyText()
			.contains("value=\"Dr. Erste\"")
			.containsPattern("id=\"contact1-name\"[^>]*autofocus")
			.doesNotContain("id=\"contact2-name\"")
			.doesNotContain("is-invalid");
		// the search shows matching concepts in German; oncology, ticked but no match,
		// stays ticked above the groups
		assertThat(searched).hasStatusOk()
			.bodyText()
			.contains("for=\"topic-cell-therapy\">Zelltherapie</label>")
			.doesNotContain("for=\"topic-oncology\"")
			.contains("id=\"topics-chosen\"", ">Onkologie</label>");
		assertThatThrownBy(() -> directory.organization(id)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void aKeywordFromAnImportStaysChoosableAndIsKeptOnSaving() throws Exception {
		String id = "form-keyword-" + System.nanoTime();
		directory.save(ADMIN,
				new OrganizationDocument(id, "company", "DE", null, "biom", null, Map.of("en", "Keyword " + id), null,
						List.of("oncology", "Biobanking Nord"), List.of(), null, List.of(), 0L),
				true);

		String form = page(mvc.get().uri("/organizations/" + id + "/edit").header("Accept-Language", "de"));
		MvcTestResult saved = mvc.post()
			.uri("/organizations/" + id + "/edit")
			.header("Accept-Language", "de")
			.with(as(users, BIOM_MANAGER))
			.with(csrf())
			.param("id", id)
			.param("kind", "company")
			.param("cluster", "biom")
			.param("nameEn", "Keyword " + id)
			.param("topics", "Biobanking Nord", "cell-therapy")
			.param("version", String.valueOf(directory.organization(id).version()))
			.exchange();

		assertThat(form).contains("id=\"topics-chosen\"", ">Biobanking Nord</label>",
				"value=\"oncology\" id=\"topic-oncology\" checked=\"checked\"");
		assertThat(saved).hasStatus3xxRedirection();
		assertThat(directory.organization(id).topics()).containsExactly("Biobanking Nord", "cell-therapy");
	}

	@Test
	void onlyThoseWhoMayEditGetTheFormBackWithAnotherRow() {
		assertThat(mvc.post()
			.uri("/organizations/biom-0002/edit")
			.with(as(users, "manager.osaka"))
			.with(csrf())
			.param("id", "biom-0002")
			.param("add", "contact")).hasStatus(403);
		assertThat(mvc.post().uri("/organizations").with(as(users, BIOM_MEMBER)).with(csrf()).param("add", "contact"))
			.hasStatus(403);
		assertThat(mvc.post().uri("/organizations").with(as(users, FUNDER)).with(csrf()).param("add", "contact"))
			.hasStatus(403);
		assertThat(mvc.post().uri("/organizations/biom-0002/edit").with(csrf()).param("add", "contact"))
			.hasStatus3xxRedirection();
	}

	private String page(MockMvcRequestBuilder request) throws Exception {
		return request.with(as(users, BIOM_MANAGER))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** Posts a new BioM organisation with two topics, in German, plus {@code more}. */
	private MvcTestResult create(String id, String... more) {
		MockMvcRequestBuilder r = mvc.post()
			.uri("/organizations")
			.header("Accept-Language", "de")
			.with(as(users, BIOM_MANAGER))
			.with(csrf())
			.param("id", id)
			.param("kind", "company")
			.param("country", "de")
			.param("cluster", "biom")
			.param("nameEn", "Rows " + id)
			.param("topics", "oncology", "cell-therapy")
			.param("version", "0");
		for (int i = 0; i < more.length; i += 2) {
			r = r.param(more[i], more[i + 1]);
		}
		return r.exchange();
	}

}
