package org.kakehashi.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Errors that Tomcat answers itself, before the application sees the request (a request
 * line or header too large, an upload over the size limit): instead of Tomcat's English
 * page with its version, a short page in the reader's language, or a problem detail for
 * the API. Errors inside the application keep going to its own error pages.
 */
@Component
class ContainerErrorReport implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			Container host = context.getParent();
			if (host instanceof StandardHost standardHost) {
				standardHost.setErrorReportValveClass(LocalizedErrorReportValve.class.getName());
			}
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve && !(valve instanceof LocalizedErrorReportValve)) {
					host.getPipeline().removeValve(valve);
				}
			}
			host.getPipeline().addValve(new LocalizedErrorReportValve());
		});
	}

	@Override
	public int getOrder() {
		// after Spring Boot's own customizer, which adds Tomcat's valve
		return Ordered.LOWEST_PRECEDENCE;
	}

	/** Public for Tomcat, which instantiates the host's error report valve by name. */
	public static class LocalizedErrorReportValve extends ErrorReportValve {

		private static final List<String> LANGUAGES = List.of("de", "en", "ja");

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			Locale locale = locale(request);
			// a request line or header too long is the same mistake to the reader
			int shown = status == 414 || status == 431 ? 400 : status;
			String title = text(locale, "error." + shown + ".title", "error.generic.title");
			String detail = text(locale, "error." + shown + ".text", "error.generic.text");
			boolean api = requestPath(request).startsWith("/api/");
			try {
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				Writer out = response.getReporter();
				if (out == null) {
					return;
				}
				if (api) {
					response.setContentType("application/problem+json");
					out.write("{\"type\":\"" + problemType(status) + "\",\"title\":\"" + json(title) + "\",\"status\":"
							+ status + ",\"detail\":\"" + json(detail) + "\"}");
				}
				else {
					response.setContentType("text/html;charset=UTF-8");
					out.write("<!DOCTYPE html><html lang=\"" + locale.getLanguage()
							+ "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
							+ html(title)
							+ "</title><link rel=\"stylesheet\" href=\"/webjars/bootstrap/5.3.3/css/bootstrap.min.css\"></head>"
							+ "<body><main class=\"container my-5\"><h1 class=\"h3\">" + html(title) + "</h1><p>"
							+ html(detail) + "</p><a href=\"/\">" + html(text(locale, "error.home", "error.home"))
							+ "</a></main></body></html>");
				}
				out.flush();
			}
			catch (IOException | IllegalStateException ex) {
				// the client went away or the response cannot take a body; nothing to add
			}
		}

		/**
		 * What the client asked for, even when Tomcat gave up before the request was
		 * parsed.
		 */
		private static String requestPath(Request request) {
			String uri = request.getRequestURI();
			if (uri == null || uri.isEmpty()) {
				uri = request.getCoyoteRequest().requestURI().toString();
			}
			return uri == null ? "" : uri;
		}

		private static String problemType(int status) {
			return ProblemType.forStatus(status).uri().toString();
		}

		private static Locale locale(Request request) {
			for (Locale candidate : Collections.list(request.getLocales())) {
				if (LANGUAGES.contains(candidate.getLanguage())) {
					return Locale.of(candidate.getLanguage());
				}
			}
			return Locale.ENGLISH;
		}

		private static String text(Locale locale, String key, String fallbackKey) {
			ResourceBundle bundle = ResourceBundle.getBundle("messages", locale,
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
			try {
				return bundle.getString(key);
			}
			catch (MissingResourceException ex) {
				return bundle.getString(fallbackKey);
			}
		}

		private static String html(String text) {
			return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
		}

		private static String json(String text) {
			return text.replace("\\", "\\\\").replace("\"", "\\\"");
		}

	}

}
