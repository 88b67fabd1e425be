package org.kakehashi.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kakehashi.TestClock;
import org.kakehashi.TwoInstances;
import org.kakehashi.accounts.AccountService;
import org.kakehashi.agreements.AgreementDraft;
import org.kakehashi.agreements.AgreementEditing;
import org.kakehashi.agreements.internal.AgreementReminders;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.Role;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances of the application (two Spring contexts) on one database and one SMTP
 * server of their own: the scheduled reminder job and the outbox sender running on both
 * at once send every mail exactly once; a mail SMTP refuses stays queued and goes out
 * once SMTP is back; after its last attempt it is marked failed. The two share a database
 * of their own, so no other test context's sender takes their mails: on H2 an in-memory
 * one, in the PostgreSQL run a schema of the run's database, dropped afterwards.
 */
class MailOutboxTwoInstancesIntegrationTests {

	static final CurrentUser LSN_MANAGER = new CurrentUser(0, "manager.lsn", "LSN", Role.CLUSTER_MANAGER, "lsn", null);

	@TempDir
	static Path temp;

	static int smtpPort;

	static GreenMail smtp;

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	static TwoInstances instances;

	@BeforeAll
	static void startTwoInstances() {
		smtpPort = freePort();
		smtp = startSmtp();
		instances = TwoInstances.start("mailonce", temp,
				List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
						"--kakehashi.mail.outbox.max-attempts=3",
						// only the tests' calls and the wake-up after a commit drain the
						// outbox
						"--kakehashi.mail.outbox.interval=PT1H"));
		first = instances.first();
		second = instances.second();
	}

	@AfterAll
	static void stopThem() {
		if (instances != null) {
			instances.close();
		}
		smtp.stop();
	}

	@AfterEach
	void resetClocksAndSmtp() {
		for (ConfigurableApplicationContext context : List.of(first, second)) {
			context.getBean(TestClock.class).reset();
		}
		if (!smtp.isRunning()) {
			smtp = startSmtp();
		}
	}

	@Test
	void bothInstancesRunningTheReminderJobAndTheSenderAtOnceSendEachMailOnce() throws Exception {
		String suffix = unique();
		LocalDate ends = LocalDate.of(2033, 3, 1).plusDays(System.nanoTime() % 300);
		for (int i = 0; i < 5; i++) {
			agreement(suffix + "-" + i, ends);
		}

		List<Integer> sent = onBothAtOnce(context -> {
			int mails = 0;
			for (int round = 0; round < 3; round++) {
				context.getBean(AgreementReminders.class).sendDue(ends.minusDays(30));
				mails += context.getBean(Notifications.class).sendQueued();
			}
			return mails;
		});
		first.getBean(Notifications.class).sendQueued();
		second.getBean(Notifications.class).sendQueued();

		Set<String> managers = managersOf("lsn", "fbri");
		List<MimeMessage> mails = mailsAbout(suffix);
		assertThat(mails).hasSize(5 * managers.size());
		assertThat(mails.stream().map(m -> recipient(m) + " " + subject(m)).distinct()).hasSize(mails.size());
		assertThat(mails.stream().map(MailOutboxTwoInstancesIntegrationTests::recipient).collect(Collectors.toSet()))
			.isEqualTo(managers);
		// the rest went out from the drains each instance starts after queueing
		assertThat(sent.get(0) + sent.get(1)).isLessThanOrEqualTo(mails.size());
		assertThat(rows(suffix, "sent")).isEqualTo(mails.size());
	}

	@Test
	void aMailThatSmtpRefusesStaysQueuedAndGoesOutOnceWhenSmtpIsBack() {
		String suffix = unique();
		LocalDate ends = LocalDate.of(2034, 3, 1).plusDays(System.nanoTime() % 300);
		agreement(suffix, ends);
		smtp.stop();

		int queued = first.getBean(AgreementReminders.class).sendDue(ends.minusDays(30));
		first.getBean(Notifications.class).sendQueued();
		second.getBean(Notifications.class).sendQueued();

		assertThat(queued).isPositive();
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(rows(suffix, "pending")).isEqualTo(queued);
			assertThat(jdbc().sql("""
					select count(*) from mail_outbox where dedup_key like ? and attempts = 1 and last_error is not null
					  and claimed_by is null""").param(key(suffix)).query(Long.class).single()).isEqualTo(queued);
		});

		smtp = startSmtp();
		int tooEarly = second.getBean(Notifications.class).sendQueued();
		advanceBoth(Duration.ofMinutes(2));
		second.getBean(Notifications.class).sendQueued();
		first.getBean(Notifications.class).sendQueued();

		assertThat(tooEarly).isZero();
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> rows(suffix, "sent") == queued);
		assertThat(mailsAbout(suffix)).hasSize(queued);
		assertThat(mailsAbout(suffix).stream().map(MailOutboxTwoInstancesIntegrationTests::recipient))
			.doesNotHaveDuplicates();
	}

	@Test
	void aMailIsMarkedFailedAfterItsLastAttemptAndNotSentAgain() {
		String suffix = unique();
		LocalDate ends = LocalDate.of(2035, 3, 1).plusDays(System.nanoTime() % 300);
		agreement(suffix, ends);
		double givenUpBefore = givenUp();
		smtp.stop();

		int queued = first.getBean(AgreementReminders.class).sendDue(ends.minusDays(30));
		for (int attempt = 1; attempt <= 3; attempt++) {
			first.getBean(Notifications.class).sendQueued();
			second.getBean(Notifications.class).sendQueued();
			// the retries wait 1, then 2 minutes
			advanceBoth(Duration.ofMinutes(attempt));
		}
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> rows(suffix, "failed") == queued);
		smtp = startSmtp();
		advanceBoth(Duration.ofHours(2));
		first.getBean(Notifications.class).sendQueued();
		second.getBean(Notifications.class).sendQueued();

		assertThat(rows(suffix, "failed")).isEqualTo(queued);
		assertThat(mailsAbout(suffix)).isEmpty();
		assertThat(givenUp() - givenUpBefore).isEqualTo(queued);
		assertThat(
				first.getBean(MeterRegistry.class).get("kakehashi.mail.outbox").tag("state", "failed").gauge().value())
			.isGreaterThanOrEqualTo(queued);
	}

	private static GreenMail startSmtp() {
		GreenMail server = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		return server;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static <T> List<T> onBothAtOnce(Function<ConfigurableApplicationContext, T> work) throws Exception {
		return instances.onBothAtOnce(work);
	}

	private static void agreement(String suffix, LocalDate ends) {
		first.getBean(AgreementEditing.class)
			.create(LSN_MANAGER,
					new AgreementDraft("once-" + suffix, "letter-of-intent", Map.of("en", "Outbox test " + suffix),
							null, null, ends.minusYears(2), "DAY", null, null, null, ends, null, List.of("lsn", "fbri"),
							null, null, null));
	}

	private static void advanceBoth(Duration by) {
		for (ConfigurableApplicationContext context : List.of(first, second)) {
			context.getBean(TestClock.class).advance(by);
		}
	}

	private static Set<String> managersOf(String... clusters) {
		Set<String> wanted = Set.of(clusters);
		return first.getBean(AccountService.class)
			.users()
			.stream()
			.filter(u -> u.enabled() && u.email() != null && u.role() == Role.CLUSTER_MANAGER
					&& wanted.contains(u.cluster()))
			.map(u -> u.email())
			.collect(Collectors.toSet());
	}

	private static long rows(String suffix, String state) {
		return jdbc().sql("select count(*) from mail_outbox where dedup_key like ? and state = ?")
			.params(key(suffix), state)
			.query(Long.class)
			.single();
	}

	private static String key(String suffix) {
		return "agreement-expiry:once-" + suffix + "%";
	}

	private static double givenUp() {
		return first.getBean(MeterRegistry.class).get("kakehashi.mail.given-up").counter().count()
				+ second.getBean(MeterRegistry.class).get("kakehashi.mail.given-up").counter().count();
	}

	private static JdbcClient jdbc() {
		return first.getBean(JdbcClient.class);
	}

	private static String unique() {
		return Long.toString(System.nanoTime(), 36);
	}

	private static List<MimeMessage> mailsAbout(String suffix) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).contains(suffix)).toList();
	}

	private static String subject(MimeMessage m) {
		try {
			return m.getSubject();
		}
		catch (Exception ex) {
			return "";
		}
	}

	private static String recipient(MimeMessage m) {
		try {
			return m.getAllRecipients()[0].toString();
		}
		catch (Exception ex) {
			return "";
		}
	}

}
