package org.kakehashi.shared.web;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, so tests can fix "today" (agreement status,
 * deadlines). It runs in UTC whatever the server's time zone: "today" for an agreement's
 * status, a commitment's period or the digest's week is the UTC date, the same on every
 * instance and every machine; people still read times in their own zone
 * ({@link UserDates}). {@code ClockUseTests} keeps code from reading the system clock
 * around it.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

	/**
	 * Ticks in whole microseconds: PostgreSQL and H2 keep timestamps to the microsecond,
	 * so an instant written and read back, or compared in SQL with the one it was taken
	 * from ("due now"), is the same instant and not one rounded up past it.
	 */
	@Bean
	Clock clock() {
		return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
	}

}
