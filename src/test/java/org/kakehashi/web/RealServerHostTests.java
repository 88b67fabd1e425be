package org.kakehashi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.kakehashi.DemoUsers;
import org.kakehashi.GreenMailInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * Issue 10, finding 6, against the real Tomcat (MockMvc does not run Tomcat's redirect
 * handling): a request with {@code Host: evil.example} was redirected to evil.example.
 * Raw HTTP over a socket, because HTTP clients do not let a test set the Host header.
 * Same configuration as the browser tests, so it shares their server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = GreenMailInitializer.class)
class RealServerHostTests {

	@LocalServerPort
	int port;

	@Test
	void aForeignHostHeaderIsNotReflectedInTheRedirect() throws IOException {
		String answer = send("GET /clusters HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");

		assertThat(answer).startsWith("HTTP/1.1 302").containsIgnoringCase("\r\nLocation: /login\r\n");
		assertThat(answer).doesNotContain("evil.example");
	}

	@Test
	void theLocalProxysForwardedProtoTurnsOnHsts() throws IOException {
		String answer = send("GET /login HTTP/1.1\r\nHost: kakehashi.example\r\nX-Forwarded-Proto: https\r\n"
				+ "Connection: close\r\n\r\n");

		assertThat(answer).startsWith("HTTP/1.1 200")
			.containsIgnoringCase("\r\nStrict-Transport-Security: max-age=31536000 ; includeSubDomains\r\n");
	}

	@Test
	void theReturnAfterSignInDoesNotNameAForeignHost() throws IOException {
		String asked = send("GET /clusters HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
		String cookie = header(asked, "Set-Cookie").split(";")[0];
		String page = sendForBody(
				"GET /login HTTP/1.1\r\nHost: evil.example\r\nCookie: " + cookie + "\r\nConnection: close\r\n\r\n");
		String csrf = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		String form = "username=" + DemoUsers.ADMIN + "&password=" + DemoUsers.ADMIN_PASSWORD + "&_csrf=" + csrf;

		String answer = send("POST /login HTTP/1.1\r\nHost: evil.example\r\nCookie: " + cookie
				+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
				+ "\r\nConnection: close\r\n\r\n" + form);

		assertThat(answer).startsWith("HTTP/1.1 302");
		assertThat(header(answer, "Location")).startsWith("/clusters");
	}

	private static String header(String answer, String name) {
		return answer.lines()
			.filter(l -> l.regionMatches(true, 0, name + ":", 0, name.length() + 1))
			.map(l -> l.substring(name.length() + 1).strip())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + name + " in " + answer));
	}

	private String sendForBody(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private String send(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			int end = all.indexOf("\r\n\r\n");
			return end < 0 ? all : all.substring(0, end + 2);
		}
	}

}
