package org.kakehashi.accounts.internal;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.TimeZone;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * On sign-in, the user's remembered language and time zone take over from the browser's.
 * A user who never chose keeps the language they signed in with, and it is remembered
 * from then on. A successful sign-in also forgets the account's failed attempts, and
 * returns to the page asked for by its path only, never to the host it was asked at.
 */
@Component
class PreferencesOnSignIn extends SavedRequestAwareAuthenticationSuccessHandler {

	private final UserRepository users;

	private final UserLocaleResolver locales;

	private final SignInThrottle throttle;

	private final RequestCache requestCache = new HttpSessionRequestCache();

	PreferencesOnSignIn(UserRepository users, UserLocaleResolver locales, SignInThrottle throttle) {
		this.users = users;
		this.locales = locales;
		this.throttle = throttle;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		String typed = request.getParameter("username");
		if (typed != null) {
			throttle.signInSucceeded(typed);
		}
		if (authentication.getPrincipal() instanceof UserPrincipal principal) {
			UserRepository.Preferences prefs = users.preferences(principal.id());
			if (prefs.locale() != null) {
				locales.remember(request, Locale.forLanguageTag(prefs.locale()));
			}
			else {
				users.updateLocale(principal.id(), locales.resolveLocale(request).getLanguage());
			}
			if (prefs.timeZone() != null) {
				locales.rememberZone(request, TimeZone.getTimeZone(prefs.timeZone()));
			}
		}
		SavedRequest saved = requestCache.getRequest(request, response);
		if (saved == null) {
			super.onAuthenticationSuccess(request, response, authentication);
			return;
		}
		clearAuthenticationAttributes(request);
		getRedirectStrategy().sendRedirect(request, response, pathOf(saved.getRedirectUrl()));
	}

	/**
	 * The saved request's URL is absolute, built from the Host header of the request that
	 * was sent to sign in; only its path and query are ours to redirect to.
	 */
	static String pathOf(String url) {
		URI uri = URI.create(url);
		String path = uri.getRawPath() == null || !uri.getRawPath().startsWith("/") || uri.getRawPath().startsWith("//")
				? "/" : uri.getRawPath();
		return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
	}

}
