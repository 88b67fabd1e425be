package org.kakehashi.reports.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.kakehashi.accounts.AccountService;
import org.kakehashi.reports.CooperationOutcome;
import org.kakehashi.reports.OutcomeKind;
import org.kakehashi.reports.OutcomeSource;
import org.kakehashi.reports.Partnership;
import org.kakehashi.shared.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Attaches the demo funder (a programme officer of a JETRO-like regional tie-up
 * programme) to the BioM–Kawasaki partnership, so its reports are on their start page and
 * the other partnerships' are not; and records a few outcomes of the demo members'
 * cooperation, so the reports have some. Runs after the demo data set (order 10) and only
 * while no funder is attached.
 */
@Component
@Order(20)
class ReportsDemoData implements ApplicationRunner {

	static final Partnership FUNDED = new Partnership("biom", "kawasaki");

	private final boolean enabled;

	private final FunderAttachmentRepository repository;

	private final AccountService accounts;

	private final Clock clock;

	private final OutcomeRepository outcomes;

	ReportsDemoData(@Value("${kakehashi.demo.enabled:true}") boolean enabled, FunderAttachmentRepository repository,
			AccountService accounts, Clock clock, OutcomeRepository outcomes) {
		this.enabled = enabled;
		this.repository = repository;
		this.outcomes = outcomes;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (enabled && outcomes.count() == 0 && accounts.exists("member.biom")) {
			LocalDate today = LocalDate.now(clock);
			outcome(OutcomeKind.NDA, "biom-0001", "biom", "kawasaki-0001", "kawasaki", OutcomeSource.MEETING,
					today.minusMonths(14), "member.biom");
			outcome(OutcomeKind.CO_DEVELOPMENT, "biom-0001", "biom", "kawasaki-0001", "kawasaki", OutcomeSource.MEETING,
					today.minusMonths(3), "member.biom");
			outcome(OutcomeKind.MTA, "kawasaki-0002", "kawasaki", "biom-0002", "biom", OutcomeSource.REQUEST,
					today.minusMonths(5), "member.kawasaki");
			outcome(OutcomeKind.NOTHING_YET, "biom-0002", "biom", "obhq-0001", "obhq", OutcomeSource.REQUEST,
					today.minusMonths(1), "manager.biom");
		}
		if (!enabled || repository.count() > 0 || !accounts.exists("funder")
				|| accounts.roleOf("funder") != Role.FUNDER) {
			return;
		}
		repository.insert("funder", FUNDED, "demo", clock.instant());
	}

	private void outcome(OutcomeKind kind, String organization, String cluster, String partner, String partnerCluster,
			OutcomeSource source, LocalDate on, String by) {
		outcomes.insert(new CooperationOutcome(0, kind, organization, cluster, partner, partnerCluster, source, null,
				on, false, by, clock.instant()));
	}

}
