package org.kakehashi.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links that switch the language and keep the reader where they are: the same path and
 * query (a search, a participant's agenda), only {@code lang} replaced. Relative to the
 * server, so no Host header ends up in them. Pages read them as {@code languageLinks.de}.
 */
@ControllerAdvice(annotations = Controller.class)
class LanguageLinks {

	private static final String[] LANGUAGES = { "de", "en", "ja" };

	static final String ATTRIBUTE = "languageLinks";

	@ModelAttribute(ATTRIBUTE)
	Map<String, String> languageLinks(HttpServletRequest request) {
		return of(request);
	}

	/**
	 * Also for exception handlers, which get a model of their own without
	 * {@code @ModelAttribute} methods.
	 */
	static Map<String, String> of(HttpServletRequest request) {
		// on an error page the request is the container's error dispatch; the address to
		// keep is the one that failed
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = failed instanceof String uri ? uri : request.getRequestURI();
		String query = failed instanceof String ? null : request.getQueryString();
		Map<String, String> links = new LinkedHashMap<>();
		for (String lang : LANGUAGES) {
			// the query is kept as it came, already encoded; only lang is replaced
			links.put(lang,
					UriComponentsBuilder.fromPath(path)
						.query(query)
						.replaceQueryParam("lang", lang)
						.build()
						.toUriString());
		}
		return links;
	}

}
