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
		accounts.createUser(new NewUser("welcome.ja", "Sato", "welcome.ja@example.org", Role.CLUSTER_MANAGER, "obhq",
				null, "a-long-password", "ja", "Asia/Tokyo"), "admin");

		MimeMessage mail = Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> find("welcome.ja@example.org"), m -> m != null);

		assertThat(mail.getSubject()).isEqualTo("架け橋へようこそ");
		assertThat((String) mail.getContent()).contains("「welcome.ja」").contains("/login");
	}

	@Test
	void aNewGermanUserIsWelcomedInGerman() throws Exception {
		accounts.createUser(new NewUser("welcome.de", "Huber", "welcome.de@example.org", Role.CLUSTER_MANAGER, "biom",
				null, "a-long-password", "de", "Europe/Berlin"), "admin");

		MimeMessage mail = Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> find("welcome.de@example.org"), m -> m != null);

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
