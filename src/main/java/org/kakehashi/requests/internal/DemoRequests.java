package org.kakehashi.requests.internal;

import java.util.List;

import org.kakehashi.requests.EntryRequest;
import org.kakehashi.requests.FileEntryRequest;
import org.kakehashi.requests.RequestOutcome;
import org.kakehashi.requests.RequestParties;
import org.kakehashi.requests.RequestService;
import org.kakehashi.requests.RequestStep;
import org.kakehashi.requests.RequestThread;
import org.kakehashi.requests.RequestType;
import org.kakehashi.shared.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo requests between the demo clusters, filed and moved on through the facade as the
 * demo users would: one per party's view (waiting at home, accepted by Osaka, closed with
 * feedback). Runs after the demo data set (order 10) and only against a database without
 * requests.
 */
@Component
@Order(20)
class DemoRequests implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRequests.class);

	private final boolean enabled;

	private final RequestService requests;

	private final RequestThread thread;

	private final RequestParties parties;

	DemoRequests(@Value("${kakehashi.demo.enabled:true}") boolean enabled, RequestService requests,
			RequestThread thread, RequestParties parties) {
		this.enabled = enabled;
		this.requests = requests;
		this.thread = thread;
		this.parties = parties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || requests.count() > 0 || parties.user("member.biom").isEmpty()) {
			return;
		}
		CurrentUser biomMember = user("member.biom");
		CurrentUser biom = user("manager.biom");
		CurrentUser osaka = user("manager.osaka");
		EntryRequest kansai = requests.file(biomMember, new FileEntryRequest(RequestType.MARKET_ENTRY,
				"Markteintritt Kansai: Partner für bispezifische Antikörper",
				"Wir suchen für unseren T-Zell-Engager gegen solide Tumoren Lizenz- und Entwicklungspartner in der Region Osaka/Kansai, gern Pharmaunternehmen mit Onkologie-Schwerpunkt.",
				"obhq", null));
		step(biom, kansai, new RequestStep.Forward("obhq"));
		step(osaka, kansai, new RequestStep.Accept());
		thread.post(osaka, kansai.id(), "ご依頼ありがとうございます。関西の候補企業を確認し、来週ご連絡いたします。", List.of());

		requests.file(biomMember,
				new FileEntryRequest(RequestType.PARTNER_SEARCH, "Partner search in Kawasaki: ADC manufacturing",
						"We are looking for a contract manufacturer for antibody-drug conjugates near KING SKYFRONT.",
						"kawasaki", null));

		CurrentUser lsnMember = user("member.lsn");
		EntryRequest kobe = requests.file(lsnMember,
				new FileEntryRequest(RequestType.TECHNOLOGY_TRANSFER, "Technology transfer: regenerative medicine",
						"We would like to license iPS cell-based cell therapy know-how from Kobe.", "fbri", null));
		CurrentUser lsn = user("manager.lsn");
		CurrentUser kobeManager = user("manager.kobe");
		step(lsn, kobe, new RequestStep.Forward("fbri"));
		step(kobeManager, kobe, new RequestStep.Accept());
		step(kobeManager, kobe, new RequestStep.Start());
		step(kobeManager, kobe, new RequestStep.Close(RequestOutcome.INFORMATION_GIVEN));
		step(lsnMember, kobe, new RequestStep.GiveFeedback(4, "Helpful overview of the licensing options."));
		log.info("Loaded 3 demo requests");
	}

	private void step(CurrentUser user, EntryRequest r, RequestStep step) {
		requests.act(user, r.id(), step, null);
	}

	private CurrentUser user(String username) {
		return parties.user(username).orElseThrow();
	}

}
