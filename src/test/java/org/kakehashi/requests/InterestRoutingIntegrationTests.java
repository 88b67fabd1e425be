package org.kakehashi.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.kakehashi.IntegrationTest;
import org.kakehashi.accounts.AccountService;
import org.kakehashi.exchange.InterestExpressed;
import org.kakehashi.exchange.OpportunityType;
import org.kakehashi.shared.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An expression of interest in a partner's opportunity arrives as an entry-portal
 * request.
 */
@IntegrationTest
class InterestRoutingIntegrationTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	RequestService requests;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anInterestFromAMemberIsFiledWithItsHomeClusterForTheOwnersCluster() {
		String title = "Kühlkette " + System.nanoTime();
		InterestExpressed interest = new InterestExpressed(991, 992, OpportunityType.values()[0],
				new LocalizedText(Map.of("de", title, "ja", "コールドチェーン")), "biom", "kawasaki", "member.biom",
				"biom-0001", "Wir möchten vertreiben.");

		transactions.executeWithoutResult(tx -> events.publishEvent(interest));

		var member = accounts.asCurrentUser("member.biom").orElseThrow();
		EntryRequest filed = Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> requests.visibleTo(member)
				.stream()
				.filter(r -> r.title().contains(title))
				.findFirst()
				.orElse(null), r -> r != null);
		assertThat(filed.type()).isEqualTo(RequestType.PARTNER_SEARCH);
		// in the interested member's own language (other tests may have switched it)
		String prefix = switch (accounts.user("member.biom").orElseThrow().locale()) {
			case "ja" -> "ビジネス機会への関心：";
			case "en" -> "Interest in business opportunity: ";
			default -> "Interesse an Geschäftschance: ";
		};
		assertThat(filed.title()).isEqualTo(prefix + title);
		assertThat(filed.targetCluster()).isEqualTo("kawasaki");
		assertThat(filed.homeCluster()).isEqualTo("biom");
		assertThat(filed.state()).isEqualTo(RequestState.SUBMITTED);
	}

	@Test
	void anInterestThatCannotBeRoutedLeavesNoFailedPublicationToRepublishAtRestart() {
		// Life Science Nord is no partner of Kawasaki: no request can be filed. The
		// exchange refuses such interest up front; a stale one must not fail forever.
		String title = "Unroutable " + System.nanoTime();
		InterestExpressed interest = new InterestExpressed(993, 994, OpportunityType.values()[0],
				new LocalizedText(Map.of("en", title)), "lsn", "kawasaki", "member.lsn",
				accounts.user("member.lsn").orElseThrow().organization(), "We would like to talk.");

		transactions.executeWithoutResult(tx -> events.publishEvent(interest));

		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql("select count(*) from event_publication where serialized_event like :title")
				.param("title", "%" + title + "%")
				.query(Long.class)
				.single() == 1L);
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(jdbc.sql(
					"select count(*) from event_publication where serialized_event like :title and completion_date is null")
				.param("title", "%" + title + "%")
				.query(Long.class)
				.single()).isZero());
	}

}
