package org.kakehashi.requests.internal;

import java.time.Duration;
import java.time.Instant;

import org.kakehashi.requests.EntryRequest;
import org.kakehashi.requests.RequestClocks;
import org.kakehashi.requests.RequestState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the responding cluster's managers when a first response is due (its last
 * business day has begun) and again when it is overdue. Runs every hour, since each
 * cluster's day begins at a different hour of the server's; each (request, kind) is
 * mailed once, guarded by the {@code request_reminder} key, so repeated runs and several
 * instances send nothing twice.
 */
@Component
public class Reminders {

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	private final RequestRepository requests;

	private final ServiceLevelSettings settings;

	private final RequestClocks clocks;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	Reminders(RequestRepository requests, ServiceLevelSettings settings, RequestClocks clocks,
			ApplicationEventPublisher events, TransactionTemplate transactions) {
		this.requests = requests;
		this.settings = settings;
		this.clocks = clocks;
		this.events = events;
		this.transactions = transactions;
	}

	@Scheduled(cron = "${kakehashi.requests.reminder-cron:0 5 * * * *}")
	void hourly() {
		int sent = remind(clocks.now());
		if (sent > 0) {
			log.info("Sent {} service-level reminder(s)", sent);
		}
	}

	/** Sends the reminders due at {@code now}; returns how many were newly claimed. */
	public int remind(Instant now) {
		int sent = 0;
		// a clock is "due" from one day before dueAt: look two days ahead to cover any
		// zone
		for (EntryRequest r : requests.findOpenDueBefore(now.plus(Duration.ofDays(2)))) {
			RequestClocks.ClockView clock = clocks.running(r, now);
			if (clock != null && clock.highlighted() && claim(r, clock, now)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean claim(EntryRequest r, RequestClocks.ClockView clock, Instant now) {
		String kind = (r.state() == RequestState.SUBMITTED ? "home-" : "partner-") + clock.status().code();
		try {
			return Boolean.TRUE.equals(transactions.execute(tx -> {
				if (!settings.claimReminder(r.id(), kind, now)) {
					return false;
				}
				events.publishEvent(
						new ReminderDue(r.id(), kind, clock.cluster(), clock.lastDay().toString(), clock.zone()));
				return true;
			}));
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

}
