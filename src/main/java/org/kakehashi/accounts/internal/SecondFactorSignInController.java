package org.kakehashi.accounts.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of signing in for users with the second factor on: a current code from
 * the authenticator app, or a recovery code. Only with one of them does the parked
 * authentication become the session's. A wrong code counts towards the same sign-in
 * throttle as a wrong password, and a throttled account is sent back to the first step.
 */
@Controller
class SecondFactorSignInController {

	private final SecondFactors factors;

	private final SignInThrottle throttle;

	private final PreferencesOnSignIn onSignIn;

	private final Clock clock;

	SecondFactorSignInController(SecondFactors factors, SignInThrottle throttle, PreferencesOnSignIn onSignIn,
			Clock clock) {
		this.factors = factors;
		this.throttle = throttle;
		this.onSignIn = onSignIn;
		this.clock = clock;
	}

	@GetMapping("/login/second-factor")
	String form(HttpServletRequest request) {
		return SecondFactorOnSignIn.pending(request, clock) == null ? "redirect:/login?expired"
				: "accounts/second-factor";
	}

	@PostMapping("/login/second-factor")
	void check(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response)
			throws IOException, ServletException {
		SecondFactorOnSignIn.Pending pending = SecondFactorOnSignIn.pending(request, clock);
		if (pending == null) {
			response.sendRedirect(request.getContextPath() + "/login?expired");
			return;
		}
		String address = request.getRemoteAddr();
		Optional<Instant> lockedUntil = throttle.signInLockedUntil(pending.typedUsername(), address);
		if (lockedUntil.isPresent()) {
			throttle.refused(pending.typedUsername(), address, lockedUntil.get());
			forget(request);
			response.sendRedirect(request.getContextPath() + "/login?throttled");
			return;
		}
		String username = pending.authentication().getName();
		if (factors.checkSignIn(pending.userId(), username, code, address) == SecondFactors.Check.REFUSED) {
			throttle.signInFailed(pending.typedUsername(), address);
			response.sendRedirect(request.getContextPath() + "/login/second-factor?error");
			return;
		}
		forget(request);
		// a new session id for the now signed-in session, as after a password alone
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(pending.authentication());
		SecurityContextHolder.setContext(context);
		SecondFactorOnSignIn.CONTEXTS.saveContext(context, request, response);
		throttle.signInSucceeded(pending.typedUsername());
		onSignIn.onAuthenticationSuccess(request, response, pending.authentication());
	}

	private static void forget(HttpServletRequest request) {
		var session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(SecondFactorOnSignIn.PENDING);
		}
	}

}
