package org.kakehashi.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code kakehashi.events.publications.incomplete}: module events (mails, index updates,
 * evidence) whose listener has not completed for more than a minute — failed, or stuck.
 * Read from Spring Modulith's event publication registry.
 */
@Component
class EventPublicationMetrics implements MeterBinder {

	private static final Duration GRACE = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	EventPublicationMetrics(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("kakehashi.events.publications.incomplete", this::incomplete)
			.description("Module events whose listener has not completed for over a minute")
			.register(registry);
	}

	long incomplete() {
		return jdbc.sql("select count(*) from event_publication where completion_date is null and publication_date < ?")
			.param(OffsetDateTime.now(clock).minus(GRACE))
			.query(Long.class)
			.single();
	}

}
