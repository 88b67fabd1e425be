package org.kakehashi.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.kakehashi.IntegrationTest;
import org.kakehashi.accounts.AccountService;
import org.kakehashi.accounts.NewUser;
import org.kakehashi.notifications.Notifications;
import org.kakehashi.shared.LocalizedText;
import org.kakehashi.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The weekly digest leaves through a real SMTP server (GreenMail), in the reader's
 * language, with only the posts the reader may see, and only once per week even when sent
 * again.
 */
@IntegrationTest
class WeeklyDigestIntegrationTests {

	/**
	 * A Monday whose digest covers the current week, in which the tests write their
	 * posts.
	 */
	static final LocalDate NEXT_MONDAY = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

	@Autowired
	WeeklyDigest digest;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	PostService posts;

	@Autowired
	AccountService accounts;

	@Autowired
	GreenMail smtp;

	@Autowired
	Notifications notifications;

	String reader(String cluster, String locale) {
		String username = ExchangeFixtures.unique("digest").replace(' ', '.');
		accounts.createUser(new NewUser(username, "Digest reader", username + "@example.org", Role.CLUSTER_MANAGER,
				cluster, null, "a-long-password", locale, "Asia/Tokyo"), "admin");
		return username;
	}

	@Test
	void aJapaneseReaderGetsTheDigestInJapaneseWithOnlyWhatSheMaySee() throws Exception {
		String osaka = reader("obhq", "ja");
		subscriptions.subscribe(ExchangeFixtures.current(accounts, osaka), "biom", null);
		String forOsaka = ExchangeFixtures.unique("ミュンヘンの新技術");
		posts.create(ExchangeFixtures.current(accounts, "manager.biom"),
				new PostDraft(PostKind.TECHNOLOGY,
						new LocalizedText(java.util.Map.of("ja", forOsaka, "de", "Neue Technik")),
						LocalizedText.of("de", "Text"), false, List.of("obhq"), 0));
		String germanOnly = ExchangeFixtures.unique("Nur auf Deutsch");
		posts.create(ExchangeFixtures.current(accounts, "manager.biom"), new PostDraft(PostKind.REGIONAL_UPDATE,
				LocalizedText.of("de", germanOnly), LocalizedText.of("de", "Text"), false, List.of("obhq"), 0));
		String forKawasaki = ExchangeFixtures.unique("Only for Kawasaki");
		ExchangeFixtures.privatePost(posts, accounts, "manager.biom", forKawasaki, "kawasaki");

		digest.send(NEXT_MONDAY);

		MimeMessage mail = single(osaka);
		String body = (String) mail.getContent();
		assertThat(mail.getSubject()).startsWith("架け橋：パートナーからの新着投稿");
		assertThat(body).contains(forOsaka)
			.contains(germanOnly + " (ドイツ語で記載)")
			.contains("技術 · BioM（ミュンヘン・バイオテック・クラスター）")
			.doesNotContain(forKawasaki)
			.contains("/subscriptions");
	}

	@Test
	void aSecondRunOfTheSameWeekSendsNothing() throws Exception {
		String lsn = reader("lsn", "de");
		subscriptions.subscribe(ExchangeFixtures.current(accounts, lsn), null, PostKind.EVENT_ANNOUNCEMENT);
		String title = ExchangeFixtures.unique("Public event");
		ExchangeFixtures.publicPost(posts, accounts, "manager.biom", title);

		digest.send(NEXT_MONDAY);
		int again = digest.send(NEXT_MONDAY);

		assertThat(again).isZero();
		MimeMessage mail = single(lsn);
		assertThat(mail.getSubject()).startsWith("Kakehashi: ").endsWith("neue Beiträge Ihrer Partner");
		assertThat((String) mail.getContent()).contains(title).contains("Veranstaltungshinweis");
	}

	@Test
	void privatePostsOfOtherPairsNeverReachASubscriberOfAnyCluster() throws Exception {
		String kobe = reader("fbri", "en");
		subscriptions.subscribe(ExchangeFixtures.current(accounts, kobe), null, null);
		String secret = ExchangeFixtures.unique("Osaka only");
		ExchangeFixtures.privatePost(posts, accounts, "manager.biom", secret, "obhq");
		String open = ExchangeFixtures.unique("Open news");
		ExchangeFixtures.publicPost(posts, accounts, "manager.biom", open);

		digest.send(NEXT_MONDAY);

		String body = (String) single(kobe).getContent();
		assertThat(body).contains(open).doesNotContain(secret);
	}

	private MimeMessage single(String username) throws Exception {
		notifications.sendQueued();
		List<MimeMessage> digests = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(username + "@example.org")
						&& m.getContent().toString().contains("/subscriptions");
			}
			catch (Exception ex) {
				return false;
			}
		}).toList();
		assertThat(digests).hasSize(1);
		return digests.get(0);
	}

}
