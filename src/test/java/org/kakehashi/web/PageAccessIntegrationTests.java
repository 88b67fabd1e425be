package org.kakehashi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.DemoUsers.ADMIN;
import static org.kakehashi.DemoUsers.BIOM_MANAGER;
import static org.kakehashi.DemoUsers.BIOM_MEMBER;
import static org.kakehashi.DemoUsers.FUNDER;
import static org.kakehashi.DemoUsers.KAWASAKI_MANAGER;
import static org.kakehashi.DemoUsers.LSN_MANAGER;
import static org.kakehashi.DemoUsers.LSN_MEMBER;
import static org.kakehashi.DemoUsers.as;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kakehashi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Every page's access rule, allowed and refused, per role and cluster. */
@IntegrationTest
class PageAccessIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource({
			// who, page, expected status
			"manager.biom, /clusters/biom/contacts, 200", "member.biom, /clusters/biom/contacts, 200",
			"admin, /clusters/biom/contacts, 200", "member.lsn, /clusters/biom/contacts, 403",
			"manager.lsn, /clusters/biom/contacts, 403", "funder, /clusters/biom/contacts, 403",
			"manager.biom, /clusters/biom/edit, 200", "manager.lsn, /clusters/biom/edit, 403",
			"member.biom, /clusters/biom/edit, 403", "funder, /clusters/biom/edit, 403", "admin, /clusters/new, 200",
			"manager.biom, /clusters/new, 403", "manager.biom, /organizations/new, 200",
			"member.biom, /organizations/new, 403", "funder, /organizations/new, 403",
			"member.biom, /organizations/biom-0001/edit, 200", "member.lsn, /organizations/biom-0001/edit, 403",
			"manager.biom, /organizations/biom-0001/edit, 200", "manager.kawasaki, /organizations/biom-0001/edit, 403",
			"admin, /admin/users, 200", "manager.biom, /admin/users, 403", "member.biom, /admin/users, 403",
			"funder, /admin/users, 403", "funder, /agreements, 200", "funder, /agreements/biom-kawasaki-2020, 200",
			"member.lsn, /events, 200", "member.lsn, /organizations/biom-0001, 200", "manager.osaka, /clusters, 200",
			"member.biom, /profile, 200", "member.biom, /no-such-page, 403",
			"manager.biom, /organizations/no-such-org, 404", "manager.biom, /agreements/no-such-agreement, 404",
			"member.biom, /events/new, 403", "funder, /events/new, 403", "manager.biom, /events/new, 200",
			"admin, /events/new, 200" })
	void pagesAreOpenOnlyToTheirRoles(String who, String page, int status) {
		assertThat(mvc.get().uri(page).with(as(users, who))).hasStatus(status);
	}

	@ParameterizedTest
	@CsvSource({ "/clusters", "/organizations", "/agreements", "/agreements/biom-kawasaki-2020", "/events",
			"/clusters/biom/contacts", "/profile", "/admin/users" })
	void anonymousVisitorsAreSentToSignIn(String page) {
		assertThat(mvc.get().uri(page)).hasStatus(302).hasRedirectedUrl("/login");
	}

	@Test
	void htmxRequestsOfAnExpiredSessionGetAnHxRedirect() {
		assertThat(mvc.get().uri("/organizations").header("HX-Request", "true")).hasStatus(401)
			.hasHeader("HX-Redirect", "/login");
	}

	@Test
	void startAndSignInPagesArePublic() {
		assertThat(mvc.get().uri("/")).hasStatusOk().bodyText().contains("Kakehashi");
		assertThat(mvc.get().uri("/login")).hasStatusOk();
	}

	@Test
	void contactsAreHiddenFromOtherClustersOnTheProfilePage() {
		assertThat(mvc.get().uri("/organizations/biom-0001").with(as(users, BIOM_MEMBER))).hasStatusOk()
			.bodyText()
			.contains("k.vogl@example.org");
		assertThat(mvc.get().uri("/organizations/biom-0001").with(as(users, LSN_MEMBER))).hasStatusOk()
			.bodyText()
			.doesNotContain("k.vogl@example.org")
			.doesNotContain("Dr. Katrin Vogl");
		assertThat(mvc.get().uri("/organizations/biom-0001").with(as(users, FUNDER))).bodyText()
			.doesNotContain("k.vogl@example.org");
	}

	@Test
	void editLinksShowOnlyForThoseWhoMayEdit() {
		assertThat(mvc.get().uri("/clusters/biom").with(as(users, BIOM_MANAGER))).bodyText()
			.contains("/clusters/biom/edit");
		assertThat(mvc.get().uri("/clusters/biom").with(as(users, LSN_MANAGER))).bodyText()
			.doesNotContain("/clusters/biom/edit")
			.doesNotContain("/clusters/biom/contacts");
		assertThat(mvc.get().uri("/clusters/biom").with(as(users, KAWASAKI_MANAGER))).hasStatusOk();
		assertThat(mvc.get().uri("/clusters/lsn").with(as(users, ADMIN))).bodyText().contains("/clusters/lsn/edit");
	}

	@Test
	void aManagerCannotPostAnEditToAnotherCluster() {
		assertThat(mvc.post()
			.uri("/clusters/biom/edit")
			.with(as(users, LSN_MANAGER))
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.param("id", "biom")
			.param("regionId", "bavaria")
			.param("nameEn", "Hijacked")
			.param("version", "0")).hasStatus(403);
		assertThat(mvc.get().uri("/clusters/biom").with(as(users, BIOM_MANAGER))).bodyText().doesNotContain("Hijacked");
	}

	@Test
	void formsNeedACsrfToken() {
		assertThat(mvc.post()
			.uri("/profile")
			.with(as(users, BIOM_MEMBER))
			.param("locale", "ja")
			.param("timeZone", "Asia/Tokyo")).hasStatus(403);
	}

}
