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
 * access, and counts towards its address's throttle; a throttled address gets 429 even
 * for a right key.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

	private final ApiKeys keys;

	private final Principals principals;

	private final SignInThrottle throttle;

	ApiKeyAuthenticationFilter(ApiKeys keys, Principals principals, SignInThrottle throttle) {
		this.keys = keys;
		this.principals = principals;
		this.throttle = throttle;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		String address = request.getRemoteAddr();
		Optional<Instant> lockedUntil = throttle.apiKeyLockedUntil(address);
		if (lockedUntil.isPresent()) {
			throttle.refusedApiKey(address, lockedUntil.get());
			long seconds = throttle.secondsUntil(lockedUntil.get());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			SecurityProblems.write(response, 429, "Too Many Requests",
					"Too many wrong API keys from this address; try again in " + seconds + " seconds.");
			return;
		}
		String key = header.substring(7).strip();
		Optional<ApiKeys.Match> match = keys.lookup(key);
		Optional<UserPrincipal> principal = match.flatMap(m -> principals.current(m.userId()));
		if (principal.isEmpty()) {
			throttle.apiKeyFailed(address);
			SecurityProblems.write(response, 401, "Unauthorized", "The API key is unknown or revoked.");
			return;
		}
		keys.used(match.get());
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
