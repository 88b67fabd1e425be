package org.kakehashi.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kakehashi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Anyone can find whom to tell about a vulnerability (RFC 9116). */
@IntegrationTest
class SecurityTxtIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void securityTxtIsPublicAndNamesAContactAndAnExpiry() {
		assertThat(mvc.get().uri("/.well-known/security.txt")).hasStatusOk()
			.bodyText()
			.containsPattern("(?m)^Contact: mailto:\\S+@\\S+$")
			.containsPattern("(?m)^Expires: \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$");
	}

}
