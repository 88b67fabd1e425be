package org.kakehashi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's one clock, made movable for tests that must let time pass (sign-in
 * delays) without sleeping. It runs with the system clock until a test freezes or moves
 * it; such a test calls {@link #reset()} when done, because all integration tests share
 * the context.
 */
public class TestClock extends Clock {

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	private final AtomicReference<@Nullable Instant> frozen = new AtomicReference<>();

	/** In whole microseconds, like the application's clock (ClockConfig). */
	private final Clock system = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

	/** Stops time where it is, so that only {@link #advance} moves it. */
	public void freeze() {
		frozen.set(instant());
	}

	public void advance(Duration by) {
		if (frozen.get() != null) {
			frozen.updateAndGet(at -> at.plus(by));
		}
		else {
			offset.updateAndGet(o -> o.plus(by));
		}
	}

	public void reset() {
		frozen.set(null);
		offset.set(Duration.ZERO);
	}

	@Override
	public ZoneId getZone() {
		return system.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		Instant at = frozen.get();
		return at != null ? Clock.fixed(at, zone) : Clock.offset(system.withZone(zone), offset.get());
	}

	@Override
	public Instant instant() {
		Instant at = frozen.get();
		return at != null ? at : system.instant().plus(offset.get());
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

}
