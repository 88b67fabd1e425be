package org.kakehashi.requests.internal;

import java.time.Instant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.kakehashi.requests.RequestClocks;
import org.kakehashi.requests.ServiceClock;
import org.springframework.stereotype.Component;

/**
 * {@code kakehashi.requests.overdue}: open entry-portal requests past their
 * first-response service level, the number a cluster office watches (docs/operations.md).
 */
@Component
class RequestMetrics implements MeterBinder {

	private final RequestRepository requests;

	private final RequestClocks clocks;

	RequestMetrics(RequestRepository requests, RequestClocks clocks) {
		this.requests = requests;
		this.clocks = clocks;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("kakehashi.requests.overdue", this::overdue)
			.description("Open entry-portal requests past their first-response service level")
			.register(registry);
	}

	long overdue() {
		Instant now = clocks.now();
		return requests.findOpenDueBefore(now)
			.stream()
			.map(r -> clocks.running(r, now))
			.filter(clock -> clock != null && clock.status() == ServiceClock.Status.OVERDUE)
			.count();
	}

}
