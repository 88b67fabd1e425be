package org.kakehashi.accounts.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer KEY} requests as the key's user as they are
 * now (role, tenancy, enabled: {@link Principals}). A wrong, revoked or disabled user's
 * key is answered at once with a 401 problem instead of falling through to anonymous
 * access.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

	private final ApiKeys keys;

	private final Principals principals;

	ApiKeyAuthenticationFilter(ApiKeys keys, Principals principals) {
		this.keys = keys;
		this.principals = principals;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		String key = header.substring(7).strip();
		Optional<ApiKeys.Match> match = keys.lookup(key);
		Optional<UserPrincipal> principal = match.flatMap(m -> principals.current(m.userId()));
		if (principal.isEmpty()) {
			SecurityProblems.write(response, 401, "Unauthorized", "The API key is unknown or revoked.");
			return;
		}
		keys.used(match.get(), Instant.now());
		var auth = UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
				principal.get().getAuthorities());
		SecurityContextHolder.getContext().setAuthentication(auth);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
