package org.kakehashi.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.kakehashi.shared.InstanceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands module events whose listener did not complete (it failed, or its instance died)
 * to their listener again. Replaces Spring Modulith's republication at restart, which
 * would re-run every incomplete event, also those another instance is handling at that
 * moment. Here only events older than {@code kakehashi.operations.resubmit-older-than}
 * (default 10 minutes, far longer than any listener runs) are resubmitted, by the one
 * instance holding the {@code event-resubmission} lease; Modulith marks each publication
 * resubmitted with a conditional update before handing it over, so even two resubmitters
 * would not run one twice (docs/decisions/0010-mail-outbox.md).
 */
@Component
class EventResubmission {

	private static final Logger log = LoggerFactory.getLogger(EventResubmission.class);

	static final String JOB = "event-resubmission";

	private final IncompleteEventPublications publications;

	private final JobLeases leases;

	private final InstanceId instance;

	private final Clock clock;

	private final Duration olderThan;

	private final Duration lease;

	EventResubmission(IncompleteEventPublications publications, JobLeases leases, InstanceId instance, Clock clock,
			@Value("${kakehashi.operations.resubmit-older-than:PT10M}") Duration olderThan,
			@Value("${kakehashi.operations.resubmit-interval:PT1M}") Duration interval) {
		this.publications = publications;
		this.leases = leases;
		this.instance = instance;
		this.clock = clock;
		this.olderThan = olderThan;
		// three missed runs before another instance takes over
		this.lease = interval.multipliedBy(3);
	}

	/** Resubmits if this instance holds the lease; returns whether it did. */
	@Scheduled(fixedDelayString = "${kakehashi.operations.resubmit-interval:PT1M}", initialDelayString = "PT30S")
	boolean resubmit() {
		Instant now = clock.instant();
		if (!leases.acquire(JOB, instance.value(), now, now.plus(lease))) {
			return false;
		}
		try {
			publications.resubmitIncompletePublicationsOlderThan(olderThan);
		}
		catch (RuntimeException ex) {
			log.warn("Could not resubmit incomplete event publications", ex);
		}
		return true;
	}

}
