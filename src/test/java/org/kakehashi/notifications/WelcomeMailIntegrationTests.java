package org.kakehashi.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.kakehashi.IntegrationTest;
import org.kakehashi.accounts.AccountService;
import org.kakehashi.accounts.NewUser;
import org.kakehashi.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** Mails leave through a real SMTP server, in the recipient's language. */
@IntegrationTest
class WelcomeMailIntegrationTests {

	@Autowired
	AccountService accounts;

	@Autowired
	GreenMail smtp;

	@Test
	void aNewJapaneseUserIsWelcomedInJapanese() throws Exception {
		String username = "welcome.ja." + System.nanoTime();
		accounts.createUser(new NewUser(username, "Sato", username + "@example.org", Role.CLUSTER_MANAGER, "obhq", null,
				"a-long-password", "ja", "Asia/Tokyo"), "admin");

		MimeMessage mail = Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> find(username + "@example.org"), m -> m != null);

		assertThat(mail.getSubject()).isEqualTo("架け橋へようこそ");
		assertThat((String) mail.getContent()).contains("「" + username + "」").contains("/login");
	}

	@Test
	void aNewGermanUserIsWelcomedInGerman() throws Exception {
		String username = "welcome.de." + System.nanoTime();
		accounts.createUser(new NewUser(username, "Huber", username + "@example.org", Role.CLUSTER_MANAGER, "biom",
				null, "a-long-password", "de", "Europe/Berlin"), "admin");

		MimeMessage mail = Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> find(username + "@example.org"), m -> m != null);

		assertThat(mail.getSubject()).isEqualTo("Willkommen bei Kakehashi");
	}

	private MimeMessage find(String to) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return to.equals(m.getAllRecipients()[0].toString());
			}
			catch (Exception ex) {
				return false;
			}
		}).findFirst().orElse(null);
	}

}
