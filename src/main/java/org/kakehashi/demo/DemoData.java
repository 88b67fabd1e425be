package org.kakehashi.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;

import org.kakehashi.accounts.AccountService;
import org.kakehashi.accounts.NewUser;
import org.kakehashi.agreements.AgreementService;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.directory.ImportProgress;
import org.kakehashi.directory.ImportReport;
import org.kakehashi.events.Event;
import org.kakehashi.events.EventService;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data set on the first start against an empty directory, unless
 * {@code KAKEHASHI_DEMO=false}. Runs after the administrator exists.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

	/** Password of every demo user (README); long enough for the password rule. */
	static final String DEMO_PASSWORD = "kakehashi-demo";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private static final CurrentUser SYSTEM = new CurrentUser(0, "demo-loader", "Demo loader", Role.ADMIN, null, null);

	private final boolean enabled;

	private final DirectoryService directory;

	private final AccountService accounts;

	private final AgreementService agreements;

	private final EventService events;

	private final Clock clock;

	DemoData(@Value("${kakehashi.demo.enabled:true}") boolean enabled, DirectoryService directory,
			AccountService accounts, AgreementService agreements, EventService events, Clock clock) {
		this.clock = clock;
		this.enabled = enabled;
		this.directory = directory;
		this.accounts = accounts;
		this.agreements = agreements;
		this.events = events;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!enabled || !directory.clusters().isEmpty()) {
			return;
		}
		DemoClusters.regions().forEach(directory::addRegion);
		DemoClusters.clusters().forEach(c -> directory.createCluster(SYSTEM, c));
		ImportReport report;
		try (InputStream in = DemoData.class.getResourceAsStream("/demo/organizations.jsonl")) {
			report = directory.importOrganizations(SYSTEM, in, ImportProgress.NONE);
		}
		if (report.rejected() > 0) {
			throw new IllegalStateException("demo organisations are invalid: " + report.problems());
		}
		DemoAgreements.all().forEach(a -> agreements.record(SYSTEM, a));
		List<Event> demoEvents = DemoEvents.all(clock);
		demoEvents.forEach(e -> events.create(SYSTEM, e));
		// the demo password is published in the README; the policy applies when users set
		// one
		users().forEach(u -> accounts.createConfiguredUser(u, SYSTEM.username()));
		log.info("Loaded demo data: 5 clusters, {} organisations, {} agreements, {} events, {} demo users",
				report.created(), DemoAgreements.all().size(), demoEvents.size(), users().size());
	}

	static List<NewUser> users() {
		return List.of(
				user("manager.biom", "Demo manager BioM", Role.CLUSTER_MANAGER, "biom", null, "de", "Europe/Berlin"),
				user("manager.osaka", "Demo manager Osaka Bio HQ", Role.CLUSTER_MANAGER, "obhq", null, "ja",
						"Asia/Tokyo"),
				user("manager.kawasaki", "Demo manager Kawasaki", Role.CLUSTER_MANAGER, "kawasaki", null, "ja",
						"Asia/Tokyo"),
				user("manager.lsn", "Demo manager Life Science Nord", Role.CLUSTER_MANAGER, "lsn", null, "de",
						"Europe/Berlin"),
				user("manager.kobe", "Demo manager FBRI Kobe", Role.CLUSTER_MANAGER, "fbri", null, "ja", "Asia/Tokyo"),
				user("member.biom", "Demo member (BioM)", Role.MEMBER, null, "biom-0001", "de", "Europe/Berlin"),
				user("member.lsn", "Demo member (Life Science Nord)", Role.MEMBER, null, "lsn-0001", "en",
						"Europe/Berlin"),
				user("member.osaka", "Demo member (Osaka)", Role.MEMBER, null, "obhq-0001", "ja", "Asia/Tokyo"),
				user("member.kawasaki", "Demo member (Kawasaki)", Role.MEMBER, null, "kawasaki-0001", "ja",
						"Asia/Tokyo"),
				user("funder", "Demo funder (programme officer)", Role.FUNDER, null, null, "en", "Asia/Tokyo"));
	}

	private static NewUser user(String username, String name, Role role, String cluster, String org, String locale,
			String zone) {
		return new NewUser(username, name, username + "@example.org", role, cluster, org, DEMO_PASSWORD, locale, zone);
	}

}
