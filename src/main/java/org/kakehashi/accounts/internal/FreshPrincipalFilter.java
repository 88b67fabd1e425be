package org.kakehashi.accounts.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Replaces the principal a session remembers with the user as they are now (see
 * {@link Principals}) for this request only; a disabled or deleted user's session is
 * ended here, whatever the session store still holds.
 */
class FreshPrincipalFilter extends OncePerRequestFilter {

	private final Principals principals;

	FreshPrincipalFilter(Principals principals) {
		this.principals = principals;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof UserPrincipal remembered) {
			Optional<UserPrincipal> now = principals.current(remembered.id());
			if (now.isEmpty()) {
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
				SecurityContextHolder.clearContext();
			}
			else {
				// a fresh context for this request only: never saved back to the session
				var fresh = UsernamePasswordAuthenticationToken.authenticated(now.get(), null,
						now.get().getAuthorities());
				fresh.setDetails(auth.getDetails());
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(fresh);
				SecurityContextHolder.setContext(context);
			}
		}
		chain.doFilter(request, response);
	}

}
