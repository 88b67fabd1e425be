package org.kakehashi.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.kakehashi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * Unfinished module events are resubmitted by one instance at a time, never at the start
 * of an instance (another may be handling them).
 */
@IntegrationTest
class EventResubmissionIntegrationTests {

	static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

	@Autowired
	JobLeases leases;

	@Autowired
	Environment environment;

	@Test
	void oneInstanceHoldsTheLeaseUntilItRunsOutThenAnotherTakesIt() {
		String job = "lease-test-" + System.nanoTime();

		boolean first = leases.acquire(job, "instance-a", NOW, NOW.plus(Duration.ofMinutes(3)));
		boolean second = leases.acquire(job, "instance-b", NOW.plusSeconds(60), NOW.plus(Duration.ofMinutes(4)));
		boolean renewed = leases.acquire(job, "instance-a", NOW.plusSeconds(60), NOW.plus(Duration.ofMinutes(4)));
		boolean takenOver = leases.acquire(job, "instance-b", NOW.plus(Duration.ofMinutes(5)),
				NOW.plus(Duration.ofMinutes(8)));

		assertThat(first).isTrue();
		assertThat(second).isFalse();
		assertThat(renewed).isTrue();
		assertThat(takenOver).isTrue();
	}

	@Test
	void noInstanceRepublishesUnfinishedEventsAtItsStart() {
		assertThat(environment.getProperty("spring.modulith.events.republish-outstanding-events-on-restart",
				Boolean.class))
			.isFalse();
		assertThat(environment.getProperty("spring.modulith.events.staleness.resubmitted", Duration.class))
			.isEqualTo(Duration.ofMinutes(15));
	}

}
