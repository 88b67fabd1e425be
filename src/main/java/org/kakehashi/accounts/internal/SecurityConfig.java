package org.kakehashi.accounts.internal;

import java.util.Comparator;
import java.util.List;

import org.kakehashi.shared.web.AccessRule;
import org.kakehashi.shared.web.AccessRules;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The security infrastructure: chains, sign-in, CSRF, headers and deny-by-default. The
 * URL rules of pages and endpoints belong to their modules ({@link AccessRules} beans,
 * e.g. {@code directory.web.DirectoryAccessRules}) and are applied here in each module's
 * order; anything no rule allows is denied. Finer rules (a manager edits only their own
 * cluster, contacts are private to a cluster) are decided by the modules with
 * {@link org.kakehashi.shared.CurrentUser}. See docs/access.md.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication // the command line (import, schedule) runs without a web
								// server
class SecurityConfig {

	/**
	 * Every module's rules, in a fixed order (by class name) so that a run is
	 * reproducible; AccessRuleCoverageTests makes sure the order between modules does not
	 * change any outcome.
	 */
	private final List<AccessRules> rules;

	SecurityConfig(List<AccessRules> rules) {
		this.rules = rules.stream().sorted(Comparator.comparing(m -> m.getClass().getName())).toList();
	}

	private static void apply(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry registry,
			List<AccessRule> rules) {
		for (AccessRule rule : rules) {
			var url = registry.requestMatchers(rule.method(), rule.patterns().toArray(String[]::new));
			switch (rule.who().kind()) {
				case EVERYONE -> url.permitAll();
				case SIGNED_IN -> url.authenticated();
				case ROLES -> url.hasAnyRole(rule.who().roles().toArray(String[]::new));
			}
		}
	}

	/**
	 * The REST API and actuator: API keys only, no session, answers in problem details.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiKeys keys, Principals principals, SignInThrottle throttle)
			throws Exception {
		http.securityMatcher("/api/**", "/actuator/**").authorizeHttpRequests(a -> {
			// infrastructure: API description, probes, metrics
			a.requestMatchers(HttpMethod.GET, "/api/openapi.json", "/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole("ADMIN");
			rules.forEach(m -> apply(a, m.api()));
			a.anyRequest().denyAll();
		})
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
		http.authorizeHttpRequests(a -> {
			// infrastructure: static assets and error pages; the modules' pages follow
			a.requestMatchers(HttpMethod.GET, "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico")
				.permitAll()
				.requestMatchers("/error", "/error/**")
				.permitAll();
			rules.forEach(m -> apply(a, m.web()));
			a.anyRequest().denyAll();
		})
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
	 * The pages modules declare embeddable (today exchange's partner widget), anonymous
	 * and read-only. The only pages that other sites may frame (frame-ancestors *); no
	 * session, so a signed-in visitor's cookie is never used.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain partnerWidgetSecurity(HttpSecurity http) throws Exception {
		List<AccessRule> embeddable = rules.stream().flatMap(m -> m.embeddable().stream()).toList();
		String[] paths = embeddable.stream().flatMap(r -> r.patterns().stream()).toArray(String[]::new);
		// without any embeddable page the chain matches a path nothing serves
		http.securityMatcher(paths.length == 0 ? new String[] { "/widgets/-" } : paths).authorizeHttpRequests(a -> {
			apply(a, embeddable);
			a.anyRequest().denyAll();
		})
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
