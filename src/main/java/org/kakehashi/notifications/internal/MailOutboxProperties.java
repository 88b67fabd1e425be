package org.kakehashi.notifications.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the mail outbox ({@code kakehashi.mail.outbox.*}).
 *
 * @param interval how often each instance looks for due mails (besides right after a
 * commit that queued some)
 * @param lease how long a claim keeps other instances off a mail; longer than the SMTP
 * timeouts of a whole batch
 * @param batchSize mails claimed at once
 * @param maxAttempts attempts before a mail is marked failed
 * @param firstRetry delay before the second attempt; doubled for each further one
 * @param maxRetryDelay longest delay between attempts
 */
@ConfigurationProperties("kakehashi.mail.outbox")
record MailOutboxProperties(@DefaultValue("PT10S") Duration interval, @DefaultValue("PT5M") Duration lease,
		@DefaultValue("10") int batchSize, @DefaultValue("10") int maxAttempts,
		@DefaultValue("PT1M") Duration firstRetry, @DefaultValue("PT1H") Duration maxRetryDelay) {

	MailOutboxProperties {
		if (batchSize < 1 || maxAttempts < 1) {
			throw new IllegalArgumentException("batch size and attempts must be at least 1");
		}
		if (lease.compareTo(Duration.ofSeconds(10)) < 0) {
			throw new IllegalArgumentException("a lease of less than 10 seconds would expire during a send");
		}
	}

	/** The delay after the {@code attempts}-th failed attempt. */
	Duration retryDelay(int attempts) {
		Duration delay = firstRetry.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
		return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
	}

}
