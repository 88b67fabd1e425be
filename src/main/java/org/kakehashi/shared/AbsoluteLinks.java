package org.kakehashi.shared;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The one place absolute links are made (mails, Atom and calendar feeds, feed addresses
 * shown on pages). With {@code KAKEHASHI_BASE_URL} set, every link starts with it.
 * Without it, a link shown in answer to a request starts with that request's own scheme,
 * host and port (as corrected by a trusted proxy); a link in a mail starts with
 * {@code http://localhost:<server.port>}, never with a request's Host header, because a
 * mail goes to someone else and a forged Host would send them elsewhere. A warning at
 * start says so (docs/security.md).
 */
@Component
public class AbsoluteLinks {

	private static final Logger log = LoggerFactory.getLogger(AbsoluteLinks.class);

	private final @Nullable String configured;

	private final String fallback;

	AbsoluteLinks(@Value("${kakehashi.base-url:}") String baseUrl, @Value("${server.port:8080}") int port) {
		this.configured = baseUrl.isBlank() ? null : checked(baseUrl.strip());
		this.fallback = "http://localhost:" + port;
	}

	/**
	 * A link for the answer to the current request: the base URL, else this request's
	 * origin.
	 */
	public String forRequest(String path) {
		if (configured != null) {
			return configured + path;
		}
		HttpServletRequest request = currentRequest();
		return (request == null ? fallback : ServletUriComponentsBuilder.fromContextPath(request).toUriString()) + path;
	}

	/** The start of every link in mails and other messages read away from a request. */
	public String forMail() {
		return configured != null ? configured : fallback;
	}

	public String forMail(String path) {
		return forMail() + path;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warnWithoutBaseUrl() {
		if (configured == null) {
			log.warn("KAKEHASHI_BASE_URL is not set: links in mails point to {}, links in pages and feeds to the "
					+ "address each request came to. Set KAKEHASHI_BASE_URL to the address people reach "
					+ "Kakehashi at.", fallback);
		}
	}

	private static String checked(String baseUrl) {
		URI uri = URI.create(baseUrl);
		if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
			throw new IllegalArgumentException("KAKEHASHI_BASE_URL must be an http(s) address: " + baseUrl);
		}
		return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	private static @Nullable HttpServletRequest currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}

}
