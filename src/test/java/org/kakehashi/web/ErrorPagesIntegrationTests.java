package org.kakehashi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.kakehashi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Error pages that the container renders (access denied by the security filter, a bad
 * request) are localized and show no message key. MockMvc does not forward to the error
 * page itself, so the tests call it as the container would.
 */
@IntegrationTest
class ErrorPagesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void aDeniedPageSaysSoInTheReadersLanguageWithoutARawKey() throws Exception {
		assertThat(error(403, "Forbidden", "de")).contains("Kein Zugriff").doesNotContain("??");
		assertThat(error(403, "Forbidden", "ja")).doesNotContain("??").doesNotContain("Forbidden");
		assertThat(error(400, "Bad Request", "en")).doesNotContain("??").doesNotContain("Bad Request");
		assertThat(error(500, "Internal Server Error", "ja")).doesNotContain("??");
	}

	private String error(int status, String reason, String lang) throws UnsupportedEncodingException {
		return mvc.get()
			.uri("/error")
			.accept(MediaType.TEXT_HTML)
			.header("Accept-Language", lang)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/admin/users")
			.requestAttr(RequestDispatcher.ERROR_MESSAGE, reason)
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			.replaceAll("(?s)<nav.*?</nav>", "");
	}

}
