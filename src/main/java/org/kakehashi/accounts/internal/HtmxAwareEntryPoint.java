package org.kakehashi.accounts.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends unauthenticated visitors to the sign-in page. For htmx requests a 302 would swap
 * the sign-in page into a fragment, so they get {@code HX-Redirect} instead (session
 * expired mid-page).
 */
class HtmxAwareEntryPoint implements AuthenticationEntryPoint {

	private final LoginUrlAuthenticationEntryPoint delegate;

	private final String loginUrl;

	HtmxAwareEntryPoint(String loginUrl) {
		this.delegate = new LoginUrlAuthenticationEntryPoint(loginUrl);
		// Otherwise the redirect is made absolute from the Host header, which anyone can
		// set (issue 10, finding 6).
		this.delegate.setFavorRelativeUris(true);
		this.loginUrl = loginUrl;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException, ServletException {
		if ("true".equals(request.getHeader("HX-Request"))) {
			response.setHeader("HX-Redirect", request.getContextPath() + loginUrl);
			response.setStatus(401);
			return;
		}
		delegate.commence(request, response, ex);
	}

}
