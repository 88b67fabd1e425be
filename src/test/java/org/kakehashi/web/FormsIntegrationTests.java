package org.kakehashi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.DemoUsers.BIOM_MANAGER;
import static org.kakehashi.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.kakehashi.IntegrationTest;
import org.kakehashi.directory.DirectoryService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Forms re-render with specific, translated field errors and never overwrite silently.
 */
@IntegrationTest
class FormsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DirectoryService directory;

	@Test
	void anInvalidOrganizationShowsFieldErrorsInTheReadersLanguage() {
		var result = mvc.post()
			.uri("/organizations")
			.with(as(users, BIOM_MANAGER))
			.with(csrf())
			.locale(Locale.GERMAN)
			.param("id", "form-test-" + System.nanoTime())
			.param("kind", "company")
			.param("country", "Bayern")
			.param("cluster", "biom")
			.param("website", "ftp://example.org");

		assertThat(result).hasStatusOk().hasViewName("directory/organization-form");
		assertThat(result).bodyText()
			.contains("Bitte einen Namen in mindestens einer Sprache angeben.")
			.contains("Bitte einen zweistelligen ISO-Ländercode angeben (z. B. DE, JP).")
			.contains("Bitte eine http(s)-Adresse angeben.");
	}

	@Test
	void aValidOrganizationIsCreatedAndShown() {
		String id = "form-ok-" + System.nanoTime();

		var result = mvc.post()
			.uri("/organizations")
			.with(as(users, BIOM_MANAGER))
			.with(csrf())
			.param("id", id)
			.param("kind", "academia")
			.param("country", "de")
			.param("cluster", "biom")
			.param("nameDe", "Institut für Beispielforschung")
			.param("nameJa", "例示研究所")
			.param("topics", "oncology", "cell-therapy")
			.param("interests", "research-collaboration")
			.param("contacts[0].name", "Dr. Test")
			.param("contacts[0].email", "test@example.org")
			.param("contacts[0].role", "Leitung")
			.param("version", "0");

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/organizations/" + id);
		var saved = directory.organization(id);
		assertThat(saved.country()).isEqualTo("DE");
		assertThat(saved.names().exactly("ja")).isEqualTo("例示研究所");
		assertThat(saved.topics()).containsExactly("oncology", "cell-therapy");
	}

	@Test
	void aStaleEditIsRefusedWithAMessageAndKeepsTheOtherChange() {
		String id = "form-conflict-" + System.nanoTime();
		create(id);
		edit(id, "First change", 0);

		var stale = edit(id, "Second change from an old page", 0);

		assertThat(stale).hasStatusOk().bodyText().contains("Someone else changed this entry in the meantime.");
		assertThat(directory.organization(id).names().exactly("en")).isEqualTo("First change");
	}

	@Test
	void anInvalidClusterIdIsExplained() {
		var result = mvc.post()
			.uri("/clusters")
			.with(as(users, "admin"))
			.with(csrf())
			.locale(Locale.JAPANESE)
			.param("id", "Not Valid")
			.param("regionId", "bavaria")
			.param("nameEn", "X")
			.param("version", "0");

		assertThat(result).hasStatusOk().bodyText().contains("英小文字、数字、ハイフンで2〜64文字。");
	}

	private void create(String id) {
		assertThat(mvc.post()
			.uri("/organizations")
			.with(as(users, BIOM_MANAGER))
			.with(csrf())
			.param("id", id)
			.param("kind", "company")
			.param("cluster", "biom")
			.param("nameEn", "Original")
			.param("version", "0")).hasStatus3xxRedirection();
	}

	private MvcTestResult edit(String id, String name, long version) {
		return mvc.post()
			.uri("/organizations/" + id + "/edit")
			.with(as(users, BIOM_MANAGER))
			.with(csrf())
			.locale(Locale.ENGLISH)
			.param("id", id)
			.param("kind", "company")
			.param("cluster", "biom")
			.param("nameEn", name)
			.param("version", String.valueOf(version))
			.exchange();
	}

}
