package org.kakehashi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Issue 10, finding 6: links came from a fixed http://localhost:8080. */
class AbsoluteLinksTests {

	@AfterEach
	void noRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void theConfiguredBaseUrlStartsEveryLink() {
		AbsoluteLinks links = new AbsoluteLinks("https://kakehashi.example/", 8080);
		inRequest("evil.example", 80);

		assertThat(links.forRequest("/posts/7")).isEqualTo("https://kakehashi.example/posts/7");
		assertThat(links.forMail("/posts/7")).isEqualTo("https://kakehashi.example/posts/7");
	}

	@Test
	void withoutBaseUrlAPageLinkUsesTheRequestsSchemeHostAndPort() {
		AbsoluteLinks links = new AbsoluteLinks("", 8080);
		inRequest("kakehashi.example", 8443);

		assertThat(links.forRequest("/feeds/agenda/x.ics"))
			.isEqualTo("http://kakehashi.example:8443/feeds/agenda/x.ics");
	}

	@Test
	void withoutBaseUrlAMailNeverUsesTheRequestsHost() {
		AbsoluteLinks links = new AbsoluteLinks("", 9090);
		inRequest("evil.example", 80);

		assertThat(links.forMail("/events/3")).isEqualTo("http://localhost:9090/events/3");
	}

	@Test
	void aBaseUrlThatIsNoWebAddressIsRefusedAtStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AbsoluteLinks("kakehashi.example", 8080));
	}

	private static void inRequest(String host, int port) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setServerName(host);
		request.setServerPort(port);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

}
