package org.kakehashi.agreements.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

import org.kakehashi.shared.AbsoluteLinks;
import org.kakehashi.agreements.Agreement;
import org.kakehashi.agreements.AgreementService;
import org.kakehashi.agreements.AgreementService.AgreementView;
import org.kakehashi.agreements.AgreementStatus;
import org.kakehashi.agreements.AgreementsProperties;
import org.kakehashi.agreements.CommitmentState;
import org.kakehashi.agreements.CommitmentStatus;
import org.kakehashi.agreements.CommitmentTracking;
import org.kakehashi.notifications.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds the parties' managers by e-mail before an agreement ends (at the configured
 * days before, e.g. 90 and 30) and when a commitment is at risk close to the end of its
 * period. Runs daily; each reminder is queued in the mail outbox under a key naming the
 * agreement, the occasion, the party and the manager, so it goes out once even when the
 * job runs again or on several instances at once.
 */
@Component
public class AgreementReminders {

	private static final Logger log = LoggerFactory.getLogger(AgreementReminders.class);

	private final AgreementService agreements;

	private final CommitmentTracking tracking;

	private final Notifications notifications;

	private final AgreementsProperties settings;

	private final Clock clock;

	private final AbsoluteLinks links;

	AgreementReminders(AgreementService agreements, CommitmentTracking tracking, Notifications notifications,
			AgreementsProperties settings, Clock clock, AbsoluteLinks links) {
		this.agreements = agreements;
		this.tracking = tracking;
		this.notifications = notifications;
		this.settings = settings;
		this.clock = clock;
		this.links = links;
	}

	@Scheduled(cron = "${kakehashi.agreements.reminder-cron:0 15 6 * * *}")
	void daily() {
		int mails = sendDue(LocalDate.now(clock));
		log.info("Agreement reminders: {} mail(s) queued", mails);
	}

	/**
	 * Queues the reminders due on {@code today} that were not queued before; returns the
	 * number of mails queued now.
	 */
	public int sendDue(LocalDate today) {
		int mails = 0;
		for (AgreementView view : agreements.all(null)) {
			Agreement a = view.agreement();
			AgreementStatus status = a.statusOn(today, !view.renewedBy().isEmpty(), settings.expiringDays());
			if (!AgreementStatus.IN_FORCE.contains(status)) {
				continue;
			}
			mails += expiry(a, today);
			for (CommitmentStatus s : tracking.on(view, today, today)) {
				mails += atRisk(a, s, today);
			}
		}
		return mails;
	}

	private int expiry(Agreement a, LocalDate today) {
		if (a.endsOn() == null) {
			return 0;
		}
		long daysLeft = ChronoUnit.DAYS.between(today, a.endsOn());
		// Only the nearest threshold crossed: a job that first runs 20 days before the
		// end sends
		// the 30-day reminder, not the 90-day one as well.
		Optional<Integer> threshold = settings.expiryReminderDays()
			.stream()
			.filter(d -> daysLeft <= d)
			.min(Comparator.naturalOrder());
		if (threshold.isEmpty() || daysLeft < 0) {
			return 0;
		}
		Map<String, Object> values = Map.of("title", a.titles(), "id", a.id(), "endsOn", a.endsOn().toString(), "days",
				daysLeft, "baseUrl", links.forMail());
		return send(a, "agreement-expiry:" + a.id() + ":" + a.endsOn() + ":" + threshold.get(), "agreement-expiring",
				values);
	}

	private int atRisk(Agreement a, CommitmentStatus s, LocalDate today) {
		if (s.state() != CommitmentState.AT_RISK || s.period() == null
				|| ChronoUnit.DAYS.between(today, s.period().to()) > settings.commitmentReminderDays()) {
			return 0;
		}
		int number = s.commitment().number();
		Map<String, Object> values = Map.of("title", a.titles(), "id", a.id(), "number", number, "count", s.count(),
				"required", s.required(), "periodEnd", s.period().to().toString(), "baseUrl", links.forMail());
		return send(a, "agreement-commitment:" + a.id() + ":" + number + ":" + s.period().from(), "commitment-at-risk",
				values);
	}

	private int send(Agreement a, String key, String template, Map<String, Object> values) {
		int mails = 0;
		for (String party : a.parties()) {
			mails += notifications.toClusterManagers(key + ":" + party, party, template, values);
		}
		return mails;
	}

}
