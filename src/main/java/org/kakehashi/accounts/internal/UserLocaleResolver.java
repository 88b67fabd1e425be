package org.kakehashi.accounts.internal;

import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * Language and time zone of each request: the user's choice kept in the session (and, for
 * signed-in users, in their account), else the browser's Accept-Language among de/en/ja.
 * Time zone defaults to Asia/Tokyo for Japanese and Europe/Berlin otherwise.
 */
@Component("localeResolver")
class UserLocaleResolver extends SessionLocaleResolver {

	static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.ENGLISH, Locale.JAPANESE);

	private final UserRepository users;

	UserLocaleResolver(UserRepository users) {
		this.users = users;
		setDefaultLocaleFunction(UserLocaleResolver::fromBrowser);
		setDefaultTimeZoneFunction(request -> zoneFor(resolveLocale(request)));
	}

	static Locale fromBrowser(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header != null && !header.isBlank()) {
			try {
				Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
				if (match != null) {
					return match;
				}
			}
			catch (IllegalArgumentException ex) {
				// A malformed header is the browser's problem, not a reason to fail the
				// page.
			}
		}
		return Locale.ENGLISH;
	}

	static TimeZone zoneFor(Locale locale) {
		return TimeZone.getTimeZone("ja".equals(locale.getLanguage()) ? "Asia/Tokyo" : "Europe/Berlin");
	}

	@Override
	public void setLocaleContext(HttpServletRequest request, @Nullable HttpServletResponse response,
			@Nullable LocaleContext context) {
		Locale locale = context == null ? null : context.getLocale();
		if (locale != null && SUPPORTED.stream().noneMatch(l -> l.getLanguage().equals(locale.getLanguage()))) {
			return;
		}
		TimeZone zone = context instanceof TimeZoneAwareLocaleContext tz ? tz.getTimeZone() : null;
		if (zone == null) {
			zone = (TimeZone) request.getSession().getAttribute(TIME_ZONE_SESSION_ATTRIBUTE_NAME);
		}
		super.setLocaleContext(request, response, new SimpleTimeZoneAwareLocaleContext(locale, zone));
		if (locale != null && SecurityContextHolder.getContext().getAuthentication() != null
				&& SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof UserPrincipal p) {
			users.updateLocale(p.id(), locale.getLanguage());
		}
	}

	void remember(HttpServletRequest request, Locale locale) {
		request.getSession().setAttribute(LOCALE_SESSION_ATTRIBUTE_NAME, locale);
	}

	void rememberZone(HttpServletRequest request, TimeZone zone) {
		request.getSession().setAttribute(TIME_ZONE_SESSION_ATTRIBUTE_NAME, zone);
	}

	private record SimpleTimeZoneAwareLocaleContext(@Nullable Locale locale,
			@Nullable TimeZone zone) implements TimeZoneAwareLocaleContext {

		@Override
		public @Nullable Locale getLocale() {
			return locale;
		}

		@Override
		public @Nullable TimeZone getTimeZone() {
			return zone;
		}

	}

}
