package org.kakehashi.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.kakehashi.shared.InstanceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends what the outbox holds, on every instance: claims due mails under a lease, hands
 * each to SMTP and marks it sent, or schedules a retry with backoff, or after the last
 * attempt marks it failed ({@code kakehashi.mail.given-up}, and
 * {@code kakehashi.mail.outbox{state=failed}}). Runs every few seconds and right after
 * each commit that queued mail. In one JVM one drain runs at a time, so a caller of
 * {@link #sendDue()} waits for a drain under way and then finds nothing it missed.
 */
@Component
@EnableConfigurationProperties(MailOutboxProperties.class)
public class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final MailOutbox outbox;

	private final MailSending sending;

	private final MailOutboxProperties settings;

	private final Clock clock;

	private final TaskScheduler scheduler;

	private final String instance;

	private final AtomicLong claims = new AtomicLong();

	private final ReentrantLock draining = new ReentrantLock();

	private final AtomicBoolean wakeRequested = new AtomicBoolean();

	private final Counter givenUp;

	OutboxSender(MailOutbox outbox, MailSending sending, MailOutboxProperties settings, Clock clock,
			TaskScheduler scheduler, InstanceId instance, MeterRegistry meters) {
		this.outbox = outbox;
		this.sending = sending;
		this.settings = settings;
		this.clock = clock;
		this.scheduler = scheduler;
		this.instance = instance.value();
		this.givenUp = Counter.builder("kakehashi.mail.given-up")
			.description("Mails marked failed after their last attempt")
			.register(meters);
		for (String state : List.of("pending", "failed")) {
			Gauge.builder("kakehashi.mail.outbox", () -> outbox.count(state))
				.tag("state", state)
				.description("Mails in the outbox by state")
				.register(meters);
		}
	}

	@Scheduled(fixedDelayString = "${kakehashi.mail.outbox.interval:PT10S}", initialDelayString = "PT5S")
	void scheduled() {
		try {
			sendDue();
		}
		catch (RuntimeException ex) {
			log.warn("Mail outbox: could not send due mails", ex);
		}
	}

	/**
	 * Sends every mail that is due now and not claimed by another instance; returns how
	 * many were sent.
	 */
	public int sendDue() {
		draining.lock();
		try {
			int sent = 0;
			List<MailOutbox.QueuedMail> batch;
			do {
				String owner = instance + ":" + claims.incrementAndGet();
				Instant now = clock.instant();
				Instant until = now.plus(settings.lease());
				batch = outbox.claim(owner, now, until, settings.batchSize());
				try {
					for (MailOutbox.QueuedMail mail : batch) {
						// A lease about to run out is given back rather than risked: past
						// it, another instance may claim and send the same mail.
						if (clock.instant().isAfter(until.minus(settings.lease().dividedBy(3)))) {
							break;
						}
						sent += attempt(mail, owner) ? 1 : 0;
					}
				}
				finally {
					outbox.release(owner);
				}
			}
			while (batch.size() == settings.batchSize());
			return sent;
		}
		finally {
			draining.unlock();
		}
	}

	/**
	 * Drains soon, after the current transaction (if any) committed what it queued.
	 */
	public void wake() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					wakeNow();
				}
			});
		}
		else {
			wakeNow();
		}
	}

	private void wakeNow() {
		if (wakeRequested.compareAndSet(false, true)) {
			// "now" on the scheduler's own clock, which it counts the delay on: with the
			// application clock moved ahead (tests), its "now" would wait that long and
			// leave wakeRequested set, so no later commit would wake the sender
			scheduler.schedule(() -> {
				wakeRequested.set(false);
				scheduled();
			}, scheduler.getClock().instant());
		}
	}

	private boolean attempt(MailOutbox.QueuedMail mail, String owner) {
		try {
			sending.send(mail.recipient(), mail.subject(), mail.body());
		}
		catch (RuntimeException ex) {
			boolean giveUp = mail.attempts() >= settings.maxAttempts();
			Instant next = clock.instant().plus(settings.retryDelay(mail.attempts()));
			outbox.markAttemptFailed(mail.id(), owner, String.valueOf(ex.getMessage()), next, giveUp);
			if (giveUp) {
				givenUp.increment();
				log.error("Mail {} to {} failed {} times; given up: {}", mail.key(), mail.recipient(), mail.attempts(),
						ex.getMessage());
			}
			else {
				log.warn("Mail {} to {} failed (attempt {}), retried from {}: {}", mail.key(), mail.recipient(),
						mail.attempts(), next, ex.getMessage());
			}
			return false;
		}
		if (!outbox.markSent(mail.id(), owner, clock.instant())) {
			log.warn("Mail {} was sent after its lease ran out; another instance may send it again", mail.key());
		}
		return true;
	}

}
