package org.kakehashi.accounts.internal;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * After the right password: a user with the second factor on is not signed in yet. The
 * authentication is taken back out of the session and parked beside it as a
 * {@link Pending} marker; only {@link SecondFactorSignInController} puts it back, after a
 * right code. Everyone else goes straight on to {@link PreferencesOnSignIn}.
 */
@Component
class SecondFactorOnSignIn implements AuthenticationSuccessHandler {

	static final String PENDING = SecondFactorOnSignIn.class.getName() + ".PENDING";

	/** How long the code page waits before the password must be typed again. */
	static final Duration PENDING_FOR = Duration.ofMinutes(5);

	/** The same repository form sign-in saves into (request attribute and session). */
	static final SecurityContextRepository CONTEXTS = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	private final PreferencesOnSignIn onSignIn;

	private final SecondFactors factors;

	private final Clock clock;

	SecondFactorOnSignIn(PreferencesOnSignIn onSignIn, SecondFactors factors, Clock clock) {
		this.onSignIn = onSignIn;
		this.factors = factors;
		this.clock = clock;
	}

	/** A password-checked sign-in waiting for its second factor. */
	record Pending(Authentication authentication, long userId, String typedUsername,
			Instant until) implements Serializable {

		@Serial
		private static final long serialVersionUID = 1L;

	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		if (!(authentication.getPrincipal() instanceof UserPrincipal principal) || !factors.enabled(principal.id())) {
			onSignIn.onAuthenticationSuccess(request, response, authentication);
			return;
		}
		SecurityContext empty = SecurityContextHolder.createEmptyContext();
		SecurityContextHolder.clearContext();
		CONTEXTS.saveContext(empty, request, response);
		String typed = request.getParameter("username");
		request.getSession()
			.setAttribute(PENDING, new Pending(authentication, principal.id(),
					typed == null ? principal.getUsername() : typed, clock.instant().plus(PENDING_FOR)));
		response.sendRedirect(request.getContextPath() + "/login/second-factor");
	}

	/** The parked sign-in of this session, if there is one and it has not expired. */
	static @Nullable Pending pending(HttpServletRequest request, Clock clock) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(PENDING) instanceof Pending pending)) {
			return null;
		}
		if (!clock.instant().isBefore(pending.until())) {
			session.removeAttribute(PENDING);
			return null;
		}
		return pending;
	}

}
