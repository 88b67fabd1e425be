package org.kakehashi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kakehashi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 10, finding 6: the Host header was reflected in redirects, forwarded headers were
 * not honoured from the reverse proxy (nor refused from anyone else), there was no HSTS,
 * and feed links came from a fixed http://localhost:8080. MockMvc's requests come from
 * 127.0.0.1, a trusted proxy by default; {@link #from} makes them come from elsewhere.
 * MockMvc runs Spring Security's filters before the others, so what a trusted proxy's
 * headers do to security (HSTS) and to the sign-in redirect is tested against the real
 * server in {@link RealServerHostTests}.
 */
@IntegrationTest
class ProxyAndHostIntegrationTests {

	private static final String STRANGER = "203.0.113.9";

	@Autowired
	MockMvc mvc;

	@Test
	void theSignInRedirectDoesNotNameAForeignHost() throws Exception {
		mvc.perform(get("/clusters").header("Host", "evil.example").with(from(STRANGER)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void httpsAnswersCarryHsts() throws Exception {
		mvc.perform(get("/login").secure(true))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
	}

	@Test
	void plainHttpAnswersCarryNoHsts() throws Exception {
		mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

	@Test
	void anUntrustedPeersForwardedHeadersAreIgnored() throws Exception {
		String feed = mvc
			.perform(get("/feeds/clusters/biom.atom").header("X-Forwarded-Proto", "https")
				.header("X-Forwarded-Host", "evil.example")
				.header("Host", "kakehashi.example:8081")
				.with(from(STRANGER)))
			.andExpect(header().doesNotExist("Strict-Transport-Security"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(feed).contains("http://kakehashi.example:8081/feeds/clusters/biom.atom")
			.doesNotContain("evil.example")
			.doesNotContain("localhost:8080");
	}

	@Test
	void feedLinksFollowTheTrustedProxysSchemeHostAndPort() throws Exception {
		String feed = mvc
			.perform(get("/feeds/clusters/biom.atom").header("X-Forwarded-Proto", "https")
				.header("X-Forwarded-Host", "kakehashi.example")
				.header("Host", "127.0.0.1:8080"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(feed).contains("https://kakehashi.example/feeds/clusters/biom.atom")
			.contains("https://kakehashi.example/clusters/biom");
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
