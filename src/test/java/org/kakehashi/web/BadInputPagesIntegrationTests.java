package org.kakehashi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;
import org.kakehashi.DemoUsers;
import org.kakehashi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Pages given input no page of theirs would send (issue 15): a 400 error page in the
 * reader's language, never a 500 and never a problem JSON.
 */
@IntegrationTest
class BadInputPagesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void anUnknownFilterValueIsABadRequestPageInTheReadersLanguage() {
		MvcTestResult page = mvc.get()
			.uri("/posts?kind=nonsense")
			.header("Accept-Language", "de")
			.with(as(users, DemoUsers.BIOM_MANAGER))
			.exchange();

		assertThat(page).hasStatus(400).hasViewName("error/400");
		assertThat(page).bodyText().contains("Ungültige Anfrage").doesNotContain("??");
	}

	@Test
	void signingAnAgreementWithoutItsVersionIsABadRequestPage() {
		MvcTestResult page = mvc.post()
			.uri("/agreements/biom-kawasaki-2020/sign")
			.param("signedOn", "2026-12-01")
			.header("Accept-Language", "ja")
			.with(as(users, DemoUsers.BIOM_MANAGER))
			.with(csrf())
			.exchange();

		assertThat(page).hasStatus(400).hasViewName("error/400");
		assertThat(page).bodyText().contains("不正なリクエスト").doesNotContain("??");
	}

	@Test
	void aMalformedNumberInAPageAddressIsABadRequestPage() {
		MvcTestResult page = mvc.get()
			.uri("/organizations?page=abc")
			.header("Accept-Language", "en")
			.with(as(users, DemoUsers.BIOM_MANAGER))
			.exchange();

		assertThat(page).hasStatus(400).hasViewName("error/400");
	}

}
