package org.kakehashi.reports.internal;

import java.time.Clock;

import org.kakehashi.accounts.AccountService;
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
 * the other partnerships' are not. Runs after the demo data set (order 10) and only while
 * no funder is attached.
 */
@Component
@Order(20)
class ReportsDemoData implements ApplicationRunner {

	static final Partnership FUNDED = new Partnership("biom", "kawasaki");

	private final boolean enabled;

	private final FunderAttachmentRepository repository;

	private final AccountService accounts;

	private final Clock clock;

	ReportsDemoData(@Value("${kakehashi.demo.enabled:true}") boolean enabled, FunderAttachmentRepository repository,
			AccountService accounts, Clock clock) {
		this.enabled = enabled;
		this.repository = repository;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || repository.count() > 0 || !accounts.exists("funder")
				|| accounts.roleOf("funder") != Role.FUNDER) {
			return;
		}
		repository.insert("funder", FUNDED, "demo", clock.instant());
	}

}
