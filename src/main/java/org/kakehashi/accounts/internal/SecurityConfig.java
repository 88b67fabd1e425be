package org.kakehashi.accounts.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Every page and endpoint has an explicit rule here; anything not listed is denied. Finer
 * rules (a manager edits only their own cluster, contacts are private to a cluster) are
 * decided by the modules with {@link org.kakehashi.shared.CurrentUser}. See
 * docs/access.md.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication // the command line (import, schedule) runs without a web
								// server
class SecurityConfig {

	private static final String[] STAFF = { "ADMIN", "CLUSTER_MANAGER" };

	private static final String[] PEOPLE_OF_CLUSTERS = { "ADMIN", "CLUSTER_MANAGER", "MEMBER" };

	/** Who can be a party to an entry-portal request (requests module). */
	private static final String[] REQUEST_PARTIES = { "CLUSTER_MANAGER", "MEMBER" };

	/**
	 * The REST API and actuator: API keys only, no session, answers in problem details.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiKeys keys, Principals principals, SignInThrottle throttle)
			throws Exception {
		http.securityMatcher("/api/**", "/actuator/**")
			.authorizeHttpRequests(a -> a
				.requestMatchers(HttpMethod.GET, "/api/openapi.json", "/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.GET, "/api/v1/users")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.PATCH, "/api/v1/users/*")
				.hasRole("ADMIN")
				// API keys: everyone their own (others' keys answer 404, checked in
				// AccountService); ?username= for administrators
				.requestMatchers(HttpMethod.POST, "/api/v1/api-keys")
				.authenticated()
				.requestMatchers(HttpMethod.GET, "/api/v1/api-keys")
				.authenticated()
				.requestMatchers(HttpMethod.DELETE, "/api/v1/api-keys/*")
				.authenticated()
				.requestMatchers(HttpMethod.GET, "/api/v1/clusters", "/api/v1/clusters/*", "/api/v1/organizations",
						"/api/v1/organizations/*", "/api/v1/organizations/export", "/api/v1/agreements",
						"/api/v1/agreements/*", "/api/v1/events", "/api/v1/events/*")
				.authenticated()
				// agreements: writes by staff; which agreement (a party's managers) is
				// decided in AgreementEditing
				.requestMatchers(HttpMethod.POST, "/api/v1/agreements", "/api/v1/agreements/*/renewals")
				.hasAnyRole(STAFF)
				.requestMatchers(HttpMethod.PUT, "/api/v1/agreements/*")
				.hasAnyRole(STAFF)
				// exchange: posts and opportunities; who sees which post is decided by
				// the exchange facades
				.requestMatchers(HttpMethod.GET, "/api/v1/posts", "/api/v1/posts/*", "/api/v1/posts/*/comments",
						"/api/v1/opportunities", "/api/v1/opportunities/*", "/api/v1/opportunities/*/interests")
				.authenticated()
				.requestMatchers(HttpMethod.POST, "/api/v1/posts", "/api/v1/posts/*/comments")
				.hasAnyRole(STAFF)
				.requestMatchers(HttpMethod.PUT, "/api/v1/posts/*")
				.hasAnyRole(STAFF)
				.requestMatchers(HttpMethod.POST, "/api/v1/opportunities", "/api/v1/opportunities/*/interests",
						"/api/v1/opportunities/*/interests/*/*")
				.hasAnyRole(PEOPLE_OF_CLUSTERS)
				// events module: organisers set events up; participants register and
				// request meetings
				.requestMatchers(HttpMethod.POST, "/api/v1/events")
				.hasAnyRole(STAFF)
				.requestMatchers(HttpMethod.PUT, "/api/v1/events/*")
				.hasAnyRole(STAFF)
				.requestMatchers(HttpMethod.POST, "/api/v1/events/*/slots")
				.hasAnyRole(STAFF)
				.requestMatchers(HttpMethod.GET, "/api/v1/events/*/slots")
				.authenticated()
				// scheduler runs: organisers only (which event: its organising clusters'
				// managers, checked in ScheduleService)
				.requestMatchers(HttpMethod.GET, "/api/v1/events/*/schedule-runs", "/api/v1/events/*/schedule-runs/*")
				.hasAnyRole(STAFF)
				.requestMatchers(HttpMethod.POST, "/api/v1/events/*/schedule-runs",
						"/api/v1/events/*/schedule-runs/*/cancel")
				.hasAnyRole(STAFF)
				.requestMatchers(HttpMethod.GET, "/api/v1/events/*/participants")
				.hasAnyRole(PEOPLE_OF_CLUSTERS)
				.requestMatchers(HttpMethod.POST, "/api/v1/events/*/registrations", "/api/v1/events/*/requests",
						"/api/v1/events/*/requests/*/accept", "/api/v1/events/*/requests/*/decline")
				.hasAnyRole(PEOPLE_OF_CLUSTERS)
				.requestMatchers(HttpMethod.POST, "/api/v1/clusters")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.PUT, "/api/v1/clusters/*")
				.hasAnyRole(STAFF)
				.requestMatchers(HttpMethod.POST, "/api/v1/organizations", "/api/v1/organizations/import")
				.hasAnyRole(STAFF)
				.requestMatchers(HttpMethod.PUT, "/api/v1/organizations/*")
				.hasAnyRole(PEOPLE_OF_CLUSTERS)
				// requests module: reads for any signed-in caller (the facade lists only
				// what the caller may
				// see and answers 404 for the rest); steps for the roles that can be
				// parties
				.requestMatchers(HttpMethod.GET, "/api/v1/requests", "/api/v1/requests/*",
						"/api/v1/requests/*/messages")
				.authenticated()
				.requestMatchers(HttpMethod.POST, "/api/v1/requests", "/api/v1/requests/*/transitions",
						"/api/v1/requests/*/messages")
				.hasAnyRole(REQUEST_PARTIES)
				.anyRequest()
				.denyAll())
			.csrf(c -> c.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new ApiKeyAuthenticationFilter(keys, principals, throttle),
					UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(e -> e
				.authenticationEntryPoint((req, res, ex) -> SecurityProblems.write(res, 401, "Unauthorized",
						"Send an API key as 'Authorization: Bearer KEY'."))
				.accessDeniedHandler((req, res, ex) -> SecurityProblems.write(res, 403, "Forbidden",
						"Your role does not allow this request.")));
		return http.build();
	}

	/** The web UI: form sign-in, session cookie, CSRF on. */
	@Bean
	@Order(2)
	SecurityFilterChain webSecurity(HttpSecurity http, SecondFactorOnSignIn onSignIn, SignInFailures onFailure,
			SignInThrottle throttle, Principals principals) throws Exception {
		http.authorizeHttpRequests(a -> a
			.requestMatchers(HttpMethod.GET, "/", "/login", "/webjars/**", "/css/**", "/js/**", "/img/**",
					"/favicon.ico", "/.well-known/security.txt",
					// feeds for feed readers and calendar apps, which cannot sign in: the
					// Atom feed holds public
					// posts only; the calendar feeds answer only to their secret token
					// (404 otherwise)
					"/feeds/clusters/*.atom", "/feeds/clusters/*/agreements.ics", "/feeds/agenda/*.ics")
			.permitAll()
			.requestMatchers("/error", "/error/**")
			.permitAll()
			// password reset by the link mailed to the user: the token is the credential
			// (random, hashed, single use, 1 h)
			.requestMatchers("/password-reset/*")
			.permitAll()
			// the second sign-in step: answers only to a session whose password was right
			// (SecondFactorOnSignIn); the second factor itself only for staff
			.requestMatchers("/login/second-factor")
			.permitAll()
			.requestMatchers("/profile/second-factor", "/profile/second-factor/**")
			.hasAnyRole(STAFF)
			.requestMatchers("/profile", "/profile/**")
			.authenticated()
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.requestMatchers("/clusters/new")
			.hasRole("ADMIN")
			.requestMatchers(HttpMethod.POST, "/clusters")
			.hasRole("ADMIN")
			.requestMatchers("/clusters/*/edit")
			.hasAnyRole(STAFF)
			.requestMatchers(HttpMethod.GET, "/clusters/*/contacts")
			.hasAnyRole(PEOPLE_OF_CLUSTERS)
			.requestMatchers(HttpMethod.GET, "/clusters", "/clusters/*")
			.authenticated()
			// directory import/export (wt-directory): uploads by staff (which cluster:
			// the importer rejects
			// rows of foreign clusters; jobs visible to their starter and admins); export
			// for everyone
			// signed in (contacts filtered by DirectoryService.maySeeContacts)
			.requestMatchers("/organizations/import", "/organizations/import/**")
			.hasAnyRole(STAFF)
			.requestMatchers(HttpMethod.GET, "/organizations/export")
			.authenticated()
			// thesaurus: browsing for everyone signed in, additions by administrators
			.requestMatchers(HttpMethod.GET, "/thesaurus", "/thesaurus/concepts/*")
			.authenticated()
			.requestMatchers("/thesaurus/new", "/thesaurus/import", "/thesaurus/concepts",
					"/thesaurus/concepts/*/synonyms")
			.hasRole("ADMIN")
			.requestMatchers("/organizations/new")
			.hasAnyRole(STAFF)
			.requestMatchers(HttpMethod.POST, "/organizations")
			.hasAnyRole(STAFF)
			.requestMatchers("/organizations/*/edit")
			.hasAnyRole(PEOPLE_OF_CLUSTERS)
			.requestMatchers(HttpMethod.GET, "/organizations", "/organizations/*")
			.authenticated()
			// agreements: forms and changes by staff (which agreement: its parties'
			// managers, checked in the
			// module); documents readable by everyone signed in; the calendar feed is
			// under /feeds/** (token)
			.requestMatchers(HttpMethod.GET, "/agreements/new", "/agreements/*/edit", "/agreements/*/renew")
			.hasAnyRole(STAFF)
			.requestMatchers(HttpMethod.POST, "/agreements", "/agreements/*/edit", "/agreements/*/renewals",
					"/agreements/*/sign", "/agreements/*/documents", "/agreements/*/documents/*/delete",
					"/agreements/*/commitments/*/assessments", "/agreements/feeds/*/rotate")
			.hasAnyRole(STAFF)
			.requestMatchers(HttpMethod.GET, "/agreements/*/documents/*", "/partnerships/*/*")
			.authenticated()
			// before "/events/*", which would otherwise show the form to everyone
			.requestMatchers("/events/new")
			.hasAnyRole(STAFF)
			.requestMatchers(HttpMethod.GET, "/agreements", "/agreements/*", "/events", "/events/*")
			.authenticated()
			// search
			.requestMatchers(HttpMethod.GET, "/search", "/organizations/*/suggestions")
			.authenticated()
			// exchange: posts, opportunities, subscriptions; finer rules (which cluster)
			// in the exchange facades
			.requestMatchers("/posts/new", "/posts/*/edit")
			.hasAnyRole(STAFF)
			.requestMatchers(HttpMethod.POST, "/posts", "/posts/*/attachments", "/posts/*/comments")
			.hasAnyRole(STAFF)
			.requestMatchers(HttpMethod.GET, "/posts", "/posts/*", "/posts/*/attachments/*")
			.authenticated()
			.requestMatchers("/opportunities/new")
			.hasAnyRole(PEOPLE_OF_CLUSTERS)
			.requestMatchers(HttpMethod.POST, "/opportunities", "/opportunities/*/interests",
					"/opportunities/*/interests/*/*")
			.hasAnyRole(PEOPLE_OF_CLUSTERS)
			.requestMatchers(HttpMethod.GET, "/opportunities", "/opportunities/*", "/subscriptions")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/subscriptions", "/subscriptions/*/delete")
			.authenticated()
			// requests module: pages of a request answer 404 to non-parties (facade);
			// forms for parties
			.requestMatchers("/requests/new", "/requests/service-levels")
			.hasAnyRole(REQUEST_PARTIES)
			.requestMatchers(HttpMethod.GET, "/requests", "/requests/*", "/requests/*/attachments/*")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/requests", "/requests/*/steps", "/requests/*/messages")
			.hasAnyRole(REQUEST_PARTIES)
			// events module: set-up and scheduling for organisers (which event:
			// EventService), the
			// rest for people of clusters (registered participants: RegistrationService)
			.requestMatchers("/events/new", "/events/*/edit", "/events/*/slots", "/events/*/slots/**",
					"/events/*/guests", "/events/*/proposals", "/events/*/schedule", "/events/*/schedule/**",
					"/events/*/contract/**", "/events/*/meetings/*/attendance")
			.hasAnyRole(STAFF)
			.requestMatchers(HttpMethod.POST, "/events")
			.hasAnyRole(STAFF)
			.requestMatchers("/events/*/**")
			.hasAnyRole(PEOPLE_OF_CLUSTERS)
			.anyRequest()
			.denyAll())
			.addFilterAfter(new FreshPrincipalFilter(principals), SecurityContextHolderFilter.class)
			.formLogin(f -> f.loginPage("/login").successHandler(onSignIn).failureHandler(onFailure).permitAll())
			.addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
			.exceptionHandling(
					e -> e.defaultAuthenticationEntryPointFor(new HtmxAwareEntryPoint("/login"), req -> true))
			.headers(h -> h
				.contentSecurityPolicy(c -> c.policyDirectives("default-src 'self'; img-src 'self' data:; "
						+ "style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; "
						+ "base-uri 'self'; object-src 'none'"))
				.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/**
	 * exchange: the embeddable partner widget, anonymous and read-only. The only pages
	 * that other sites may frame (frame-ancestors *); no session, so a signed-in
	 * visitor's cookie is never used.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain partnerWidgetSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/widgets/clusters/*/partners")
			.authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, "/widgets/clusters/*/partners")
				.permitAll()
				.anyRequest()
				.denyAll())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(c -> c.disable())
			.headers(h -> h.frameOptions(f -> f.disable())
				.contentSecurityPolicy(
						c -> c.policyDirectives("default-src 'none'; style-src 'self'; img-src 'self' data:; "
								+ "frame-ancestors *; form-action 'none'; base-uri 'none'"))
				.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

}
