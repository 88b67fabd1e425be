package org.kakehashi.requests.internal;

import java.time.Duration;
import java.time.Instant;

import org.kakehashi.requests.EntryRequest;
import org.kakehashi.requests.RequestClocks;
import org.kakehashi.requests.RequestState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds the responding cluster's managers when a first response is due (its last
 * business day has begun) and again when it is overdue. Runs every hour, since each
 * cluster's day begins at a different hour of the server's; each (request, kind) is
 * queued once per manager in the mail outbox, so repeated runs and several instances send
 * nothing twice.
 */
@Component
public class ServiceLevelReminders {

	private static final Logger log = LoggerFactory.getLogger(ServiceLevelReminders.class);

	private final RequestRepository requests;

	private final RequestClocks clocks;

	private final RequestMails mails;

	ServiceLevelReminders(RequestRepository requests, RequestClocks clocks, RequestMails mails) {
		this.requests = requests;
		this.clocks = clocks;
		this.mails = mails;
	}

	@Scheduled(cron = "${kakehashi.requests.reminder-cron:0 5 * * * *}")
	void hourly() {
		int sent = remind(clocks.now());
		if (sent > 0) {
			log.info("Sent {} service-level reminder(s)", sent);
		}
	}

	/**
	 * Queues the reminders due at {@code now}; returns how many reminders were queued now
	 * (to at least one manager).
	 */
	public int remind(Instant now) {
		int sent = 0;
		// a clock is "due" from one day before dueAt: look two days ahead to cover any
		// zone
		for (EntryRequest r : requests.findOpenDueBefore(now.plus(Duration.ofDays(2)))) {
			RequestClocks.ClockView clock = clocks.running(r, now);
			if (clock != null && clock.highlighted() && queue(r, clock)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean queue(EntryRequest r, RequestClocks.ClockView clock) {
		String kind = (r.state() == RequestState.SUBMITTED ? "home-" : "partner-") + clock.status().code();
		return mails.remind(r, kind, clock.cluster(), clock.lastDay().toString(), clock.zone()) > 0;
	}

}
