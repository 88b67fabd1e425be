package org.kakehashi.accounts.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.TimeZone;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * On sign-in, the user's remembered language and time zone take over from the browser's.
 * A user who never chose keeps the language they signed in with, and it is remembered
 * from then on.
 */
@Component
class PreferencesOnSignIn extends SavedRequestAwareAuthenticationSuccessHandler {

	private final UserRepository users;

	private final UserLocaleResolver locales;

	PreferencesOnSignIn(UserRepository users, UserLocaleResolver locales) {
		this.users = users;
		this.locales = locales;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
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
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
