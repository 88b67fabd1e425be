package org.kakehashi.accounts.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Counts every failed sign-in towards its account's and its address's throttle, then
 * shows the sign-in page's one message for a wrong name or password.
 */
@Component
class SignInFailures extends SimpleUrlAuthenticationFailureHandler {

	private final SignInThrottle throttle;

	SignInFailures(SignInThrottle throttle) {
		super("/login?error");
		this.throttle = throttle;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		String username = request.getParameter("username");
		throttle.signInFailed(username == null ? "" : username, request.getRemoteAddr());
		super.onAuthenticationFailure(request, response, exception);
	}

}
