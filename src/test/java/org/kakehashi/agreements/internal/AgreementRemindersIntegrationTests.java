package org.kakehashi.agreements.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.kakehashi.IntegrationTest;
import org.kakehashi.agreements.AgreementDraft;
import org.kakehashi.agreements.AgreementEditing;
import org.kakehashi.notifications.Notifications;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reminders go through a real SMTP server to the parties' managers, in each one's
 * language, once.
 */
@IntegrationTest
class AgreementRemindersIntegrationTests {

	static final CurrentUser LSN_MANAGER = new CurrentUser(0, "manager.lsn", "LSN", Role.CLUSTER_MANAGER, "lsn", null);

	@Autowired
	AgreementReminders reminders;

	@Autowired
	AgreementEditing editing;

	@Autowired
	GreenMail smtp;

	@Autowired
	Notifications notifications;

	@Test
	void managersOfBothPartiesAreRemindedInTheirLanguageThirtyDaysBeforeTheEndAndOnlyOnce() throws Exception {
		String suffix = Long.toString(System.nanoTime(), 36);
		LocalDate ends = LocalDate.of(2031, 3, 1).plusDays(System.nanoTime() % 300);
		editing.create(LSN_MANAGER, new AgreementDraft("reminder-" + suffix, "letter-of-intent",
				Map.of("de", "Erinnerungstest " + suffix, "ja", "リマインダー試験 " + suffix), null, null, ends.minusYears(2),
				"DAY", null, null, null, ends, null, List.of("lsn", "fbri"), null, null, null));

		reminders.sendDue(ends.minusDays(30));
		reminders.sendDue(ends.minusDays(30));
		reminders.sendDue(ends.minusDays(29));
		notifications.sendQueued();

		List<MimeMessage> mails = mailsAbout(suffix);
		assertThat(mails).hasSize(2);
		MimeMessage german = to(mails, "manager.lsn@example.org");
		MimeMessage japanese = to(mails, "manager.kobe@example.org");
		assertThat(german.getSubject()).isEqualTo("Vereinbarung läuft am " + ends + " aus: Erinnerungstest " + suffix);
		assertThat((String) german.getContent()).contains("endet am " + ends + " (in 30 Tagen)")
			.contains("/agreements/reminder-" + suffix + "/renew");
		assertThat(japanese.getSubject()).isEqualTo("協定の終了（" + ends + "）：リマインダー試験 " + suffix);
	}

	@Test
	void theNinetyDayReminderComesFirstAndTheThirtyDayOneLater() throws Exception {
		String suffix = Long.toString(System.nanoTime(), 36);
		LocalDate ends = LocalDate.of(2032, 6, 1).plusDays(System.nanoTime() % 300);
		editing.create(LSN_MANAGER,
				new AgreementDraft("reminder-" + suffix, "letter-of-intent", Map.of("en", "Reminder test " + suffix),
						null, null, ends.minusYears(2), "DAY", null, null, null, ends, null, List.of("lsn", "fbri"),
						null, null, null));

		reminders.sendDue(ends.minusDays(91));
		notifications.sendQueued();
		int before = mailsAbout(suffix).size();
		reminders.sendDue(ends.minusDays(90));
		reminders.sendDue(ends.minusDays(60));
		notifications.sendQueued();
		int afterNinety = mailsAbout(suffix).size();
		reminders.sendDue(ends.minusDays(30));
		notifications.sendQueued();

		assertThat(before).isZero();
		assertThat(afterNinety).isEqualTo(2);
		assertThat(mailsAbout(suffix)).hasSize(4);
	}

	private List<MimeMessage> mailsAbout(String suffix) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return m.getSubject().contains(suffix);
			}
			catch (Exception ex) {
				return false;
			}
		}).toList();
	}

	private static MimeMessage to(List<MimeMessage> mails, String address) {
		return mails.stream().filter(m -> {
			try {
				return address.equals(m.getAllRecipients()[0].toString());
			}
			catch (Exception ex) {
				return false;
			}
		}).findFirst().orElseThrow(() -> new AssertionError("no mail to " + address));
	}

}
