package org.kakehashi.soak;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person's browser (or one API client) talking to the application: keeps its own
 * session cookie, follows redirects the way a browser does, takes the CSRF token from the
 * page it last read, and records every exchange in {@link SoakStats} after waiting for
 * its turn at the {@link Pacer}.
 *
 * <p>
 * Cookies are kept by hand because the application marks its session cookie
 * {@code Secure}, which {@link java.net.CookieManager} refuses to send over plain HTTP,
 * while a browser sends it to {@code localhost}.
 */
final class SoakClient {

	/** An answer; status 0 when the run ended before the request was sent. */
	record Page(int status, String path, String body) {

		boolean ok() {
			return status < 400;
		}

	}

	private static final Pattern HX_CSRF = Pattern
		.compile("hx-headers=\"\\{&quot;([^&]+)&quot;: &quot;([^&]+)&quot;\\}\"");

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final HttpClient http;

	private final URI base;

	private final Pacer pacer;

	private final SoakStats stats;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private String action = "-";

	private String csrfHeader = "X-CSRF-TOKEN";

	private String csrfToken = "";

	SoakClient(HttpClient http, URI base, Pacer pacer, SoakStats stats) {
		this.http = http;
		this.base = base;
		this.pacer = pacer;
		this.stats = stats;
	}

	static HttpClient newHttpClient() {
		return HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/** Names the action the next requests belong to, for the per-action counts. */
	void doing(String action) {
		this.action = action;
	}

	void forgetSession() {
		cookies.clear();
		csrfToken = "";
	}

	/** A form with only the CSRF token of the last page, as a button-only form sends. */
	HtmlForm csrfForm(String action) {
		return new HtmlForm(action, List.of(Map.entry("_csrf", csrfToken)), Map.of());
	}

	Page get(String path) {
		return send(request(path).GET(), path);
	}

	Page submit(HtmlForm form) {
		List<Map.Entry<String, String>> fields = new ArrayList<>(form.fields());
		return send(request(form.action()).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(urlEncoded(fields))), form.action());
	}

	/** A form sent as multipart/form-data (forms with file fields, no file chosen). */
	Page submitMultipart(HtmlForm form) {
		String boundary = "soak" + UUID.randomUUID().toString().replace("-", "");
		StringBuilder body = new StringBuilder();
		for (Map.Entry<String, String> f : form.fields()) {
			body.append("--")
				.append(boundary)
				.append("\r\nContent-Disposition: form-data; name=\"")
				.append(f.getKey())
				.append("\"\r\n\r\n")
				.append(f.getValue())
				.append("\r\n");
		}
		body.append("--").append(boundary).append("--\r\n");
		return send(request(form.action()).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)), form.action());
	}

	/** What htmx sends: a POST with the page's CSRF header and the HX-Request header. */
	Page htmxPost(String path, Map<String, String> params) {
		return send(request(path).header("HX-Request", "true")
			.header(csrfHeader, csrfToken)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(urlEncoded(new ArrayList<>(params.entrySet())))), path);
	}

	Page api(String method, String path, String apiKey, String contentType, String body) {
		HttpRequest.Builder r = request(path).header("Authorization", "Bearer " + apiKey)
			.header("Accept", "application/json");
		if (body != null) {
			r.header("Content-Type", contentType);
		}
		r.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		return exchange(r.build(), path);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).header("Accept-Language", "en");
	}

	private Page send(HttpRequest.Builder builder, String path) {
		if (!cookies.isEmpty()) {
			builder.header("Cookie", cookieHeader());
		}
		HttpRequest request = builder.build();
		Page page = exchange(request, path);
		if (request.method().equals("POST") && page.status() == 200
				&& request.headers().firstValue("HX-Request").isEmpty()) {
			// a form answered with itself instead of a redirect: the input was refused
			stats.formRefused(action);
		}
		for (int hops = 0; hops < 5 && page.status() >= 300 && page.status() < 400 && page.body() != null
				&& !page.body().isEmpty(); hops++) {
			String location = page.body();
			URI next = base.resolve(location);
			if (!base.getHost().equals(next.getHost()) || base.getPort() != next.getPort()) {
				break;
			}
			HttpRequest.Builder follow = HttpRequest.newBuilder(next).timeout(TIMEOUT).GET();
			if (!cookies.isEmpty()) {
				follow.header("Cookie", cookieHeader());
			}
			page = exchange(follow.build(), next.getRawPath());
		}
		Matcher m = HX_CSRF.matcher(page.body() == null ? "" : page.body());
		if (m.find()) {
			csrfHeader = m.group(1);
			csrfToken = m.group(2);
		}
		return page;
	}

	/**
	 * One HTTP exchange, paced and recorded. A redirect answers with its Location as body
	 * so {@link #send} can follow it.
	 */
	private Page exchange(HttpRequest request, String path) {
		if (!pacer.acquire()) {
			return new Page(0, path, "");
		}
		long start = System.nanoTime();
		try {
			HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			stats.record(action, request.method(), path, response.statusCode(), System.nanoTime() - start);
			response.headers().allValues("Set-Cookie").forEach(this::keepCookie);
			if (response.statusCode() >= 300 && response.statusCode() < 400) {
				return new Page(response.statusCode(), path, response.headers().firstValue("Location").orElse(null));
			}
			return new Page(response.statusCode(), path, new String(response.body(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			stats.recordFailure(action, request.method(), path, ex, System.nanoTime() - start);
			return new Page(599, path, "");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Page(599, path, "");
		}
	}

	private void keepCookie(String header) {
		String pair = header.split(";", 2)[0];
		int eq = pair.indexOf('=');
		if (eq <= 0) {
			return;
		}
		String name = pair.substring(0, eq).strip();
		String value = pair.substring(eq + 1).strip();
		if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
			cookies.remove(name);
		}
		else {
			cookies.put(name, value);
		}
	}

	private String cookieHeader() {
		StringBuilder s = new StringBuilder();
		cookies.forEach((k, v) -> s.append(s.isEmpty() ? "" : "; ").append(k).append('=').append(v));
		return s.toString();
	}

	private static String urlEncoded(List<Map.Entry<String, String>> fields) {
		StringBuilder s = new StringBuilder();
		for (Map.Entry<String, String> f : fields) {
			s.append(s.isEmpty() ? "" : "&")
				.append(URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8));
		}
		return s.toString();
	}

}
