package org.kakehashi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.DemoUsers;
import org.kakehashi.IntegrationTest;
import org.kakehashi.shared.web.AccessRule;
import org.kakehashi.shared.web.AccessRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Holds the modules' URL rules ({@link AccessRules}) to the handlers that exist. Every
 * handler mapping of every module's controllers must (a) be allowed by an explicit rule,
 * not only refused by the final deny-all, with the same outcome whichever module's rules
 * come first, and (b) have a row in {@link #MATRIX} whose cases hold; and (c) every
 * rule's pattern must be served by some handler. A new controller method therefore fails
 * this test, naming it, until its module has a rule and the matrix a row (the failure
 * prints a row with today's outcomes to check and copy). See docs/access.md.
 */
@IntegrationTest
class AccessRuleCoverageTests {

	/**
	 * One row per handler mapping: method, pattern, a representative URL, and the
	 * expected outcome per user. Required users: anonymous, admin, a cluster manager, a
	 * member, the funder; the biom users are the representative URL's own cluster,
	 * kawasaki its partner (agreement biom-kawasaki-2020), lsn an unrelated cluster.
	 * Outcomes: a status; {@code login} (web: redirect to sign-in; API: 401). GET rows
	 * run through the whole application; other methods run through the security chain
	 * only ({@code pass}: the rules let the request through to its module, which decides
	 * on the cluster; those decisions are tested by the module tests named in
	 * docs/access.md), so the matrix never changes the shared demo data.
	 */
	static final String MATRIX = """
			DELETE /api/v1/api-keys/{id} | /api/v1/api-keys/1 | anonymous=login admin=pass manager.biom=pass member.biom=pass funder=pass
			GET / | / | anonymous=200 admin=200 manager.biom=200 member.biom=200 funder=302
			GET /.well-known/security.txt | /.well-known/security.txt | anonymous=200 admin=200 manager.biom=200 member.biom=200 funder=200
			GET /admin/search | /admin/search | anonymous=login admin=200 manager.biom=403 member.biom=403 funder=403
			GET /admin/users | /admin/users | anonymous=login admin=200 manager.biom=403 member.biom=403 funder=403
			GET /admin/users/{username} | /admin/users/member.biom | anonymous=login admin=200 manager.biom=403 member.biom=403 funder=403
			GET /agreements | /agreements | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200
			GET /agreements/new | /agreements/new | anonymous=login admin=200 manager.biom=200 member.biom=403 funder=403
			GET /agreements/{id} | /agreements/biom-kawasaki-2020 | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200 manager.kawasaki=200 manager.lsn=200 member.lsn=200
			GET /agreements/{id}/documents/{documentId} | /agreements/biom-kawasaki-2020/documents/1 | anonymous=login admin=404 manager.biom=404 member.biom=404 funder=404
			GET /agreements/{id}/edit | /agreements/biom-kawasaki-2020/edit | anonymous=login admin=200 manager.biom=200 member.biom=403 funder=403 manager.kawasaki=200 manager.lsn=403 member.lsn=403
			GET /agreements/{id}/renew | /agreements/biom-kawasaki-2020/renew | anonymous=login admin=200 manager.biom=200 member.biom=403 funder=403 manager.kawasaki=200 manager.lsn=403 member.lsn=403
			GET /api/v1/agreements | /api/v1/agreements | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200
			GET /api/v1/agreements/{id} | /api/v1/agreements/biom-kawasaki-2020 | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200 manager.kawasaki=200 manager.lsn=200 member.lsn=200
			GET /api/v1/api-keys | /api/v1/api-keys | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200
			GET /api/v1/clusters | /api/v1/clusters | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200
			GET /api/v1/clusters/{id} | /api/v1/clusters/biom | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200 manager.kawasaki=200 manager.lsn=200 member.lsn=200
			GET /api/v1/events | /api/v1/events | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200
			GET /api/v1/events/{id} | /api/v1/events/biojapan-2026 | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200 manager.kawasaki=200 manager.lsn=200 member.lsn=200
			GET /api/v1/events/{id}/participants | /api/v1/events/biojapan-2026/participants | anonymous=login admin=200 manager.biom=403 member.biom=403 funder=403 manager.kawasaki=200 manager.lsn=403 member.lsn=403
			GET /api/v1/events/{id}/schedule-runs | /api/v1/events/biojapan-2026/schedule-runs | anonymous=login admin=200 manager.biom=403 member.biom=403 funder=403 manager.kawasaki=200 manager.lsn=403 member.lsn=403
			GET /api/v1/events/{id}/schedule-runs/{runId} | /api/v1/events/bio-europe-2026/schedule-runs/1 | anonymous=login admin=404 manager.biom=404 member.biom=403 funder=403
			GET /api/v1/events/{id}/slots | /api/v1/events/biojapan-2026/slots | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200 manager.kawasaki=200 manager.lsn=200 member.lsn=200
			GET /api/v1/opportunities | /api/v1/opportunities | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200
			GET /api/v1/opportunities/{id} | /api/v1/opportunities/1 | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200 manager.kawasaki=200 manager.lsn=200 member.lsn=200
			GET /api/v1/opportunities/{id}/interests | /api/v1/opportunities/1/interests | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200 manager.kawasaki=200 manager.lsn=200 member.lsn=200
			GET /api/v1/organizations | /api/v1/organizations | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200
			GET /api/v1/organizations/export | /api/v1/organizations/export | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200
			GET /api/v1/organizations/search | /api/v1/organizations/search | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200
			GET /api/v1/organizations/{id} | /api/v1/organizations/biom-0001 | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200 manager.kawasaki=200 manager.lsn=200 member.lsn=200
			GET /api/v1/posts | /api/v1/posts | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200
			GET /api/v1/posts/{id} | /api/v1/posts/1 | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=404 manager.kawasaki=404 manager.lsn=404 member.lsn=404
			GET /api/v1/posts/{id}/comments | /api/v1/posts/1/comments | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=404 manager.kawasaki=404 manager.lsn=404 member.lsn=404
			GET /api/v1/reports/partnerships/{a}/{b} | /api/v1/reports/partnerships/biom/kawasaki | anonymous=login admin=200 manager.biom=200 member.biom=404 funder=200 manager.kawasaki=200 manager.lsn=404 member.lsn=404
			GET /api/v1/requests | /api/v1/requests | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200
			GET /api/v1/requests/{id} | /api/v1/requests/1 | anonymous=login admin=404 manager.biom=404 member.biom=404 funder=404
			GET /api/v1/requests/{id}/messages | /api/v1/requests/1/messages | anonymous=login admin=404 manager.biom=404 member.biom=404 funder=404
			GET /api/v1/users | /api/v1/users | anonymous=login admin=200 manager.biom=403 member.biom=403 funder=403
			GET /clusters | /clusters | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200
			GET /clusters/new | /clusters/new | anonymous=login admin=200 manager.biom=403 member.biom=403 funder=403
			GET /clusters/{id} | /clusters/biom | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200 manager.kawasaki=200 manager.lsn=200 member.lsn=200
			GET /clusters/{id}/contacts | /clusters/biom/contacts | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=403 manager.kawasaki=403 manager.lsn=403 member.lsn=403
			GET /clusters/{id}/edit | /clusters/biom/edit | anonymous=login admin=200 manager.biom=200 member.biom=403 funder=403 manager.kawasaki=403 manager.lsn=403 member.lsn=403
			GET /events | /events | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200
			GET /events/new | /events/new | anonymous=login admin=200 manager.biom=200 member.biom=403 funder=403
			GET /events/{id} | /events/biojapan-2026 | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200 manager.kawasaki=200 manager.lsn=200 member.lsn=200
			GET /events/{id}/agenda | /events/bio-europe-2026/agenda | anonymous=login admin=403 manager.biom=403 member.biom=200 funder=403 manager.kawasaki=403 manager.lsn=403 member.lsn=200
			GET /events/{id}/agenda.pdf | /events/bio-europe-2026/agenda.pdf | anonymous=login admin=403 manager.biom=403 member.biom=200 funder=403 manager.kawasaki=403 manager.lsn=403 member.lsn=200
			GET /events/{id}/availability | /events/bio-europe-2026/availability | anonymous=login admin=403 manager.biom=403 member.biom=200 funder=403 manager.kawasaki=403 manager.lsn=403 member.lsn=200
			GET /events/{id}/contract/instance.json | /events/biojapan-2026/contract/instance.json | anonymous=login admin=200 manager.biom=403 member.biom=403 funder=403 manager.kawasaki=200 manager.lsn=403 member.lsn=403
			GET /events/{id}/contract/schedule.json | /events/biojapan-2026/contract/schedule.json | anonymous=login admin=200 manager.biom=403 member.biom=403 funder=403 manager.kawasaki=200 manager.lsn=403 member.lsn=403
			GET /events/{id}/edit | /events/biojapan-2026/edit | anonymous=login admin=200 manager.biom=403 member.biom=403 funder=403 manager.kawasaki=200 manager.lsn=403 member.lsn=403
			GET /events/{id}/participants | /events/biojapan-2026/participants | anonymous=login admin=200 manager.biom=403 member.biom=403 funder=403 manager.kawasaki=200 manager.lsn=403 member.lsn=403
			GET /events/{id}/requests | /events/biojapan-2026/requests | anonymous=login admin=200 manager.biom=403 member.biom=403 funder=403 manager.kawasaki=200 manager.lsn=403 member.lsn=403
			GET /events/{id}/schedule | /events/biojapan-2026/schedule | anonymous=login admin=200 manager.biom=403 member.biom=403 funder=403 manager.kawasaki=200 manager.lsn=403 member.lsn=403
			GET /events/{id}/schedule/runs/{runId} | /events/bio-europe-2026/schedule/runs/1 | anonymous=login admin=404 manager.biom=404 member.biom=403 funder=403
			GET /events/{id}/schedule/runs/{runId}/progress | /events/bio-europe-2026/schedule/runs/1/progress | anonymous=login admin=404 manager.biom=404 member.biom=403 funder=403
			GET /events/{id}/slots | /events/biojapan-2026/slots | anonymous=login admin=200 manager.biom=403 member.biom=403 funder=403 manager.kawasaki=200 manager.lsn=403 member.lsn=403
			GET /feeds/agenda/{token}.ics | /feeds/agenda/1.ics | anonymous=404 admin=404 manager.biom=404 member.biom=404 funder=404
			GET /feeds/clusters/{id}.atom | /feeds/clusters/biom.atom | anonymous=200 admin=200 manager.biom=200 member.biom=200 funder=200
			GET /feeds/clusters/{id}/agreements.ics | /feeds/clusters/biom/agreements.ics | anonymous=404 admin=404 manager.biom=404 member.biom=404 funder=404
			GET /login | /login | anonymous=200 admin=302 manager.biom=302 member.biom=302 funder=302
			GET /opportunities | /opportunities | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200
			GET /opportunities/new | /opportunities/new | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=403
			GET /opportunities/{id} | /opportunities/1 | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200 manager.kawasaki=200 manager.lsn=200 member.lsn=200
			GET /organizations | /organizations | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200
			GET /organizations/export | /organizations/export | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200
			GET /organizations/import | /organizations/import | anonymous=login admin=200 manager.biom=200 member.biom=403 funder=403
			GET /organizations/import/{id} | /organizations/import/1 | anonymous=login admin=404 manager.biom=404 member.biom=403 funder=403
			GET /organizations/import/{id}/mapping | /organizations/import/1/mapping | anonymous=login admin=404 manager.biom=404 member.biom=403 funder=403
			GET /organizations/import/{id}/progress | /organizations/import/1/progress | anonymous=login admin=404 manager.biom=404 member.biom=403 funder=403
			GET /organizations/new | /organizations/new | anonymous=login admin=200 manager.biom=200 member.biom=403 funder=403
			GET /organizations/{id} | /organizations/biom-0001 | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200 manager.kawasaki=200 manager.lsn=200 member.lsn=200
			GET /organizations/{id}/edit | /organizations/biom-0001/edit | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=403 manager.kawasaki=403 manager.lsn=403 member.lsn=403
			GET /organizations/{id}/suggestions | /organizations/biom-0001/suggestions | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200 manager.kawasaki=200 manager.lsn=200 member.lsn=200
			GET /partnerships/{a}/{b} | /partnerships/biom/kawasaki | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200
			GET /outcomes | /outcomes | anonymous=login admin=403 manager.biom=200 member.biom=200 funder=403 manager.lsn=200 member.lsn=200
			GET /password-reset/{token} | /password-reset/1 | anonymous=200 admin=200 manager.biom=200 member.biom=200 funder=200
			GET /posts | /posts | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200
			GET /posts/new | /posts/new | anonymous=login admin=403 manager.biom=200 member.biom=403 funder=403
			GET /posts/{id} | /posts/1 | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=404 manager.kawasaki=404 manager.lsn=404 member.lsn=404
			GET /posts/{id}/attachments/{attachmentId} | /posts/1/attachments/1 | anonymous=login admin=404 manager.biom=404 member.biom=404 funder=404
			GET /posts/{id}/edit | /posts/1/edit | anonymous=login admin=200 manager.biom=200 member.biom=403 funder=403 manager.kawasaki=404 manager.lsn=404 member.lsn=403
			GET /profile | /profile | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200
			GET /login/second-factor | /login/second-factor | anonymous=302 admin=302 manager.biom=302 member.biom=302 funder=302
			GET /profile/second-factor | /profile/second-factor | anonymous=login admin=200 manager.biom=200 member.biom=403 funder=403
			GET /reports | /reports | anonymous=login admin=200 manager.biom=200 member.biom=403 funder=200 manager.lsn=200 member.lsn=403
			GET /reports/funders | /reports/funders | anonymous=login admin=200 manager.biom=403 member.biom=403 funder=403
			GET /reports/partnerships/{a}/{b} | /reports/partnerships/biom/kawasaki | anonymous=login admin=200 manager.biom=200 member.biom=404 funder=200 manager.kawasaki=200 manager.lsn=404 member.lsn=404
			GET /reports/partnerships/{a}/{b}/{period}.pdf | /reports/partnerships/biom/kawasaki/all.pdf | anonymous=login admin=200 manager.biom=200 member.biom=404 funder=200 manager.kawasaki=200 manager.lsn=404 member.lsn=404
			GET /reports/partnerships/{a}/{b}/{period}.xlsx | /reports/partnerships/biom/kawasaki/all.xlsx | anonymous=login admin=200 manager.biom=200 member.biom=404 funder=200 manager.kawasaki=200 manager.lsn=404 member.lsn=404
			GET /requests | /requests | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200
			GET /requests/new | /requests/new | anonymous=login admin=403 manager.biom=200 member.biom=200 funder=403
			GET /requests/service-levels | /requests/service-levels | anonymous=login admin=403 manager.biom=200 member.biom=403 funder=403
			GET /requests/{id} | /requests/1 | anonymous=login admin=404 manager.biom=404 member.biom=404 funder=404
			GET /requests/{id}/attachments/{attachmentId} | /requests/1/attachments/1 | anonymous=login admin=404 manager.biom=404 member.biom=404 funder=404
			GET /search | /search | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200
			GET /subscriptions | /subscriptions | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200
			GET /thesaurus | /thesaurus | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200
			GET /thesaurus/concepts/{id} | /thesaurus/concepts/cell-therapy | anonymous=login admin=200 manager.biom=200 member.biom=200 funder=200
			GET /thesaurus/new | /thesaurus/new | anonymous=login admin=200 manager.biom=403 member.biom=403 funder=403
			GET /widgets/clusters/{id}/partners | /widgets/clusters/biom/partners | anonymous=200 admin=200 manager.biom=200 member.biom=200 funder=200
			PATCH /api/v1/users/{username} | /api/v1/users/1 | anonymous=login admin=pass manager.biom=403 member.biom=403 funder=403
			POST /admin/search/rebuild | /admin/search/rebuild | anonymous=login admin=pass manager.biom=403 member.biom=403 funder=403
			POST /admin/search/check | /admin/search/check | anonymous=login admin=pass manager.biom=403 member.biom=403 funder=403
			POST /admin/users | /admin/users | anonymous=login admin=pass manager.biom=403 member.biom=403 funder=403
			POST /admin/users/{username} | /admin/users/1 | anonymous=login admin=pass manager.biom=403 member.biom=403 funder=403
			POST /admin/users/{username}/delete | /admin/users/1/delete | anonymous=login admin=pass manager.biom=403 member.biom=403 funder=403
			POST /admin/users/{username}/enabled | /admin/users/1/enabled | anonymous=login admin=pass manager.biom=403 member.biom=403 funder=403
			POST /admin/users/{username}/password-reset | /admin/users/1/password-reset | anonymous=login admin=pass manager.biom=403 member.biom=403 funder=403
			POST /agreements | /agreements | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /agreements/feeds/{clusterId}/rotate | /agreements/feeds/1/rotate | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /agreements/{id}/commitments/{number}/assessments | /agreements/biom-kawasaki-2020/commitments/1/assessments | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /agreements/{id}/documents | /agreements/biom-kawasaki-2020/documents | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /agreements/{id}/documents/{documentId}/delete | /agreements/biom-kawasaki-2020/documents/1/delete | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /agreements/{id}/edit | /agreements/biom-kawasaki-2020/edit | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /agreements/{id}/renewals | /agreements/biom-kawasaki-2020/renewals | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /agreements/{id}/sign | /agreements/biom-kawasaki-2020/sign | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /api/v1/agreements | /api/v1/agreements | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /api/v1/agreements/{id}/renewals | /api/v1/agreements/biom-kawasaki-2020/renewals | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /api/v1/api-keys | /api/v1/api-keys | anonymous=login admin=pass manager.biom=pass member.biom=pass funder=pass
			POST /api/v1/events | /api/v1/events | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /api/v1/events/{id}/registrations | /api/v1/events/bio-europe-2026/registrations | anonymous=login admin=pass manager.biom=pass member.biom=pass funder=403
			POST /api/v1/events/{id}/requests | /api/v1/events/bio-europe-2026/requests | anonymous=login admin=pass manager.biom=pass member.biom=pass funder=403
			POST /api/v1/events/{id}/requests/{requestId}/accept | /api/v1/events/bio-europe-2026/requests/1/accept | anonymous=login admin=pass manager.biom=pass member.biom=pass funder=403
			POST /api/v1/events/{id}/requests/{requestId}/decline | /api/v1/events/bio-europe-2026/requests/1/decline | anonymous=login admin=pass manager.biom=pass member.biom=pass funder=403
			POST /api/v1/events/{id}/schedule-runs | /api/v1/events/bio-europe-2026/schedule-runs | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /api/v1/events/{id}/schedule-runs/{runId}/cancel | /api/v1/events/bio-europe-2026/schedule-runs/1/cancel | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /api/v1/events/{id}/slots | /api/v1/events/bio-europe-2026/slots | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /api/v1/opportunities | /api/v1/opportunities | anonymous=login admin=pass manager.biom=pass member.biom=pass funder=403
			POST /api/v1/opportunities/{id}/interests | /api/v1/opportunities/1/interests | anonymous=login admin=pass manager.biom=pass member.biom=pass funder=403
			POST /api/v1/opportunities/{id}/interests/{interestId}/{action} | /api/v1/opportunities/1/interests/1/1 | anonymous=login admin=pass manager.biom=pass member.biom=pass funder=403
			POST /api/v1/organizations | /api/v1/organizations | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /api/v1/organizations/import | /api/v1/organizations/import | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /api/v1/posts | /api/v1/posts | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /api/v1/posts/{id}/comments | /api/v1/posts/1/comments | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /api/v1/requests | /api/v1/requests | anonymous=login admin=403 manager.biom=pass member.biom=pass funder=403
			POST /api/v1/requests/{id}/messages | /api/v1/requests/1/messages | anonymous=login admin=403 manager.biom=pass member.biom=pass funder=403
			POST /api/v1/requests/{id}/transitions | /api/v1/requests/1/transitions | anonymous=login admin=403 manager.biom=pass member.biom=pass funder=403
			POST /clusters | /clusters | anonymous=login admin=pass manager.biom=403 member.biom=403 funder=403
			POST /clusters/{id}/edit | /clusters/biom/edit | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /events | /events | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /events/{id}/availability/{participantId}/{slotId} | /events/bio-europe-2026/availability/1/1 | anonymous=login admin=pass manager.biom=pass member.biom=pass funder=403
			POST /events/{id}/contract/{kind} | /events/bio-europe-2026/contract/1 | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /events/{id}/edit | /events/bio-europe-2026/edit | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /events/{id}/guests | /events/bio-europe-2026/guests | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /events/{id}/meetings/{bookingId}/attendance | /events/bio-europe-2026/meetings/1/attendance | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /events/{id}/meetings/{bookingId}/feedback | /events/bio-europe-2026/meetings/1/feedback | anonymous=login admin=pass manager.biom=pass member.biom=pass funder=403
			POST /events/{id}/proposals | /events/bio-europe-2026/proposals | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /events/{id}/register | /events/bio-europe-2026/register | anonymous=login admin=pass manager.biom=pass member.biom=pass funder=403
			POST /events/{id}/requests | /events/bio-europe-2026/requests | anonymous=login admin=pass manager.biom=pass member.biom=pass funder=403
			POST /events/{id}/requests/{requestId}/{action} | /events/bio-europe-2026/requests/1/1 | anonymous=login admin=pass manager.biom=pass member.biom=pass funder=403
			POST /events/{id}/schedule/runs | /events/bio-europe-2026/schedule/runs | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /events/{id}/schedule/runs/{runId}/cancel | /events/bio-europe-2026/schedule/runs/1/cancel | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /events/{id}/schedule/runs/{runId}/pin/{requestId} | /events/bio-europe-2026/schedule/runs/1/pin/1 | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /events/{id}/schedule/runs/{runId}/publish | /events/bio-europe-2026/schedule/runs/1/publish | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /events/{id}/schedule/runs/{runId}/unpin/{requestId} | /events/bio-europe-2026/schedule/runs/1/unpin/1 | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /events/{id}/slots | /events/bio-europe-2026/slots | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /events/{id}/slots/clear | /events/bio-europe-2026/slots/clear | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /opportunities | /opportunities | anonymous=login admin=pass manager.biom=pass member.biom=pass funder=403
			POST /opportunities/{id}/interests | /opportunities/1/interests | anonymous=login admin=pass manager.biom=pass member.biom=pass funder=403
			POST /opportunities/{id}/interests/{interestId}/{action} | /opportunities/1/interests/1/1 | anonymous=login admin=pass manager.biom=pass member.biom=pass funder=403
			POST /organizations | /organizations | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /organizations/import | /organizations/import | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /organizations/import/{id}/mapping | /organizations/import/1/mapping | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /organizations/{id}/edit | /organizations/biom-0001/edit | anonymous=login admin=pass manager.biom=pass member.biom=pass funder=403
			POST /outcomes | /outcomes | anonymous=login admin=403 manager.biom=pass member.biom=pass funder=403
			POST /password-reset/{token} | /password-reset/1 | anonymous=pass admin=pass manager.biom=pass member.biom=pass funder=pass
			POST /posts | /posts | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /posts/{id}/attachments | /posts/1/attachments | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /posts/{id}/comments | /posts/1/comments | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /posts/{id}/edit | /posts/1/edit | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /profile | /profile | anonymous=login admin=pass manager.biom=pass member.biom=pass funder=pass
			POST /profile/api-keys/{id}/revoke | /profile/api-keys/1/revoke | anonymous=login admin=pass manager.biom=pass member.biom=pass funder=pass
			POST /profile/password | /profile/password | anonymous=login admin=pass manager.biom=pass member.biom=pass funder=pass
			POST /profile/sessions/{ref}/end | /profile/sessions/1/end | anonymous=login admin=pass manager.biom=pass member.biom=pass funder=pass
			POST /login/second-factor | /login/second-factor | anonymous=pass admin=pass manager.biom=pass member.biom=pass funder=pass
			POST /profile/second-factor | /profile/second-factor | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /profile/second-factor/disable | /profile/second-factor/disable | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			POST /reports/funders | /reports/funders | anonymous=login admin=pass manager.biom=403 member.biom=403 funder=403
			POST /reports/funders/delete | /reports/funders/delete | anonymous=login admin=pass manager.biom=403 member.biom=403 funder=403
			POST /requests | /requests | anonymous=login admin=403 manager.biom=pass member.biom=pass funder=403
			POST /requests/service-levels | /requests/service-levels | anonymous=login admin=403 manager.biom=pass member.biom=pass funder=403
			POST /requests/{id}/messages | /requests/1/messages | anonymous=login admin=403 manager.biom=pass member.biom=pass funder=403
			POST /requests/{id}/steps | /requests/1/steps | anonymous=login admin=403 manager.biom=pass member.biom=pass funder=403
			POST /subscriptions | /subscriptions | anonymous=login admin=pass manager.biom=pass member.biom=pass funder=pass
			POST /subscriptions/{id}/delete | /subscriptions/1/delete | anonymous=login admin=pass manager.biom=pass member.biom=pass funder=pass
			POST /thesaurus/concepts | /thesaurus/concepts | anonymous=login admin=pass manager.biom=403 member.biom=403 funder=403
			POST /thesaurus/concepts/{id}/synonyms | /thesaurus/concepts/cell-therapy/synonyms | anonymous=login admin=pass manager.biom=403 member.biom=403 funder=403
			POST /thesaurus/import | /thesaurus/import | anonymous=login admin=pass manager.biom=403 member.biom=403 funder=403
			PUT /api/v1/agreements/{id} | /api/v1/agreements/biom-kawasaki-2020 | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			PUT /api/v1/events/{id} | /api/v1/events/bio-europe-2026 | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			PUT /api/v1/organizations/{id} | /api/v1/organizations/biom-0001 | anonymous=login admin=pass manager.biom=pass member.biom=pass funder=403
			PUT /api/v1/posts/{id} | /api/v1/posts/1 | anonymous=login admin=pass manager.biom=pass member.biom=403 funder=403
			""";

	static final List<String> REQUIRED = List.of("anonymous", "admin", "manager.biom", "member.biom", DemoUsers.FUNDER);

	static final String PASSED = "X-Access-Rule-Passed";

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlers;

	@Autowired
	List<AccessRules> modules;

	@Autowired
	WebApplicationContext context;

	@Autowired
	@Qualifier("springSecurityFilterChain")
	Filter security;

	@Autowired
	UserDetailsService users;

	/** The whole application, for reads. */
	MockMvc app;

	/** The security chains only: a request the rules let through ends in a stub. */
	MockMvc rulesOnly;

	@BeforeEach
	void setUp() {
		app = MockMvcBuilders.webAppContextSetup(context).addFilters(security).build();
		Filter passed = (request, response, chain) -> {
			HttpServletResponse r = (HttpServletResponse) response;
			r.setStatus(200);
			r.setHeader(PASSED, "true");
		};
		rulesOnly = MockMvcBuilders.webAppContextSetup(context).addFilters(security, passed).build();
	}

	@Test
	void everyHandlerHasARuleAndEveryRuleAHandler() {
		List<Mapping> mappings = mappings();
		List<String> problems = new ArrayList<>();
		for (Mapping m : mappings) {
			Map<String, AccessRule> firstPerModule = new LinkedHashMap<>();
			for (var module : sortedModules()) {
				rulesOf(module, m.chain()).filter(r -> r.matches(m.method(), m.sample()))
					.findFirst()
					.ifPresent(r -> firstPerModule.put(module.getClass().getSimpleName(), r.rule()));
			}
			if (firstPerModule.isEmpty()) {
				problems.add(m + ": no access rule allows it (only the deny-all refuses it); "
						+ "add a rule to its module's AccessRules");
			}
			else if (firstPerModule.values().stream().map(AccessRule::who).distinct().count() > 1) {
				problems.add(m + ": rules of several modules match with different outcomes, so their order "
						+ "would matter: " + firstPerModule + "; make the patterns specific");
			}
		}
		for (var module : sortedModules()) {
			for (Chain chain : Chain.values()) {
				rulesOf(module, chain).forEach(r -> {
					boolean served = mappings.stream()
						.anyMatch(m -> m.chain() == chain && r.matches(m.method(), m.sample()));
					if (!served) {
						problems.add(module.getClass().getSimpleName() + " " + chain + " rule "
								+ (r.rule().method() == null ? "ANY" : r.rule().method()) + " " + r.pattern()
								+ ": no handler serves this path (dead rule)");
					}
				});
			}
		}
		assertThat(problems).as("access rules vs. handlers").isEmpty();
	}

	@Test
	void everyHandlerHasACaseInTheMatrixAndTheCasesHold() throws Exception {
		Map<String, Row> rows = rows();
		List<String> problems = new ArrayList<>();
		Set<String> keys = new TreeSet<>();
		for (Mapping m : mappings()) {
			keys.add(m.key());
			Row row = rows.get(m.key());
			if (row == null) {
				Map<String, String> seen = new LinkedHashMap<>();
				for (String who : REQUIRED) {
					seen.put(who, outcome(m.method(), m.sample(), who));
				}
				problems.add(m + ": no case in the access matrix; today's outcomes, to check and add: " + m.key()
						+ " | " + m.sample() + " | " + format(seen));
				continue;
			}
			for (String who : REQUIRED) {
				if (!row.expected().containsKey(who)) {
					problems.add(m.key() + ": the matrix names no outcome for " + who);
				}
			}
			Map<String, String> seen = new LinkedHashMap<>();
			for (var e : row.expected().entrySet()) {
				seen.put(e.getKey(), outcome(m.method(), row.url(), e.getKey()));
			}
			if (!seen.equals(row.expected())) {
				problems.add(m.key() + " " + row.url() + ": expected " + format(row.expected()) + " but was "
						+ format(seen));
			}
		}
		rows.keySet()
			.stream()
			.filter(k -> !keys.contains(k))
			.forEach(k -> problems.add(k + ": a matrix row for a mapping that does not exist"));
		assertThat(problems).as("access matrix").isEmpty();
	}

	private String outcome(String method, String url, String who) throws Exception {
		boolean read = method.equals("GET");
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), url);
		if (!read) {
			request.with(csrf());
		}
		if (!who.equals("anonymous")) {
			request.with(DemoUsers.as(users, who));
		}
		MockHttpServletResponse response = (read ? app : rulesOnly).perform(request).andReturn().getResponse();
		if (response.getHeader(PASSED) != null) {
			return "pass";
		}
		int status = response.getStatus();
		String location = response.getRedirectedUrl();
		boolean api = url.startsWith("/api/");
		if ((api && status == 401) || (!api && status == 302 && location != null && location.endsWith("/login"))) {
			return "login";
		}
		return String.valueOf(status);
	}

	private static String format(Map<String, String> outcomes) {
		return String.join(" ", outcomes.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
	}

	private static Map<String, Row> rows() {
		Map<String, Row> rows = new TreeMap<>();
		for (String line : MATRIX.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
			String[] parts = line.split("\\|");
			assertThat(parts).as("matrix row '%s': key | url | outcomes", line).hasSize(3);
			Map<String, String> expected = new LinkedHashMap<>();
			for (String cell : parts[2].strip().split("\\s+")) {
				String[] kv = cell.split("=");
				expected.put(kv[0], kv[1]);
			}
			Row previous = rows.put(parts[0].strip(), new Row(parts[1].strip(), expected));
			assertThat(previous).as("matrix row for %s given twice", parts[0].strip()).isNull();
		}
		return rows;
	}

	private List<AccessRules> sortedModules() {
		return modules.stream().sorted(Comparator.comparing(m -> m.getClass().getName())).toList();
	}

	private static Stream<PatternRule> rulesOf(AccessRules module, Chain chain) {
		List<AccessRule> rules = switch (chain) {
			case API -> module.api();
			case WEB -> module.web();
			case EMBEDDABLE -> module.embeddable();
		};
		return rules.stream().flatMap(r -> r.patterns().stream().map(p -> new PatternRule(r, p)));
	}

	/**
	 * Our controllers' mappings; springdoc's are not ours, and the error controller
	 * (Spring's, or ours that extends it) is infrastructure, open to all in
	 * SecurityConfig.
	 */
	private List<Mapping> mappings() {
		List<Mapping> mappings = new ArrayList<>();
		List<PatternRule> embeddable = modules.stream().flatMap(m -> rulesOf(m, Chain.EMBEDDABLE)).toList();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> e : handlers.getHandlerMethods().entrySet()) {
			HandlerMethod handler = e.getValue();
			if (!handler.getBeanType().getName().startsWith("org.kakehashi.")
					|| ErrorController.class.isAssignableFrom(handler.getBeanType())) {
				continue;
			}
			Set<String> methods = new TreeSet<>();
			e.getKey().getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
			if (methods.isEmpty()) {
				methods.addAll(List.of("GET", "POST"));
			}
			for (String pattern : e.getKey().getPatternValues()) {
				String sample = sample(pattern);
				for (String method : methods) {
					Chain chain = sample.startsWith("/api/") ? Chain.API
							: embeddable.stream().anyMatch(r -> r.matches(method, sample)) ? Chain.EMBEDDABLE
									: Chain.WEB;
					mappings.add(new Mapping(method, pattern, sample, chain,
							handler.getBeanType().getSimpleName() + "#" + handler.getMethod().getName()));
				}
			}
		}
		mappings.sort(Comparator.comparing(Mapping::key));
		return mappings;
	}

	/** A URL for a pattern, with demo data ids where a page needs a real one. */
	static String sample(String pattern) {
		String url = pattern;
		for (var id : List.of(new String[] { "/clusters/", "biom" }, new String[] { "/organizations/", "biom-0001" },
				new String[] { "/agreements/", "biom-kawasaki-2020" }, new String[] { "/events/", "bio-europe-2026" },
				new String[] { "/thesaurus/concepts/", "cell-therapy" }, new String[] { "/posts/", "1" })) {
			url = url.replaceFirst(Pattern.quote(id[0]) + "\\{[^}]*\\}", id[0] + id[1]);
		}
		return url.replaceAll("\\{\\*?[^}]*\\}", "1");
	}

	enum Chain {

		API, WEB, EMBEDDABLE

	}

	record Mapping(String method, String pattern, String sample, Chain chain, String handler) {

		String key() {
			return method + " " + pattern;
		}

		@Override
		public String toString() {
			return key() + " (" + handler + ")";
		}

	}

	record Row(String url, Map<String, String> expected) {
	}

	/** One pattern of a rule, matched the way Spring Security matches it. */
	record PatternRule(AccessRule rule, String pattern) {

		boolean matches(String method, String path) {
			@Nullable HttpMethod m = rule.method();
			return (m == null || m.name().equals(method))
					&& PathPatternParser.defaultInstance.parse(pattern).matches(PathContainer.parsePath(path));
		}

	}

}
