package org.kakehashi.events.internal;

import java.time.Duration;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;
import org.kakehashi.events.WorkingHours;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Settings of the events module and the beans they make. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventsConfig.EventsProperties.class)
class EventsConfig {

	/**
	 * {@code kakehashi.events.*}.
	 *
	 * @param workingStart start of the local working day for online meetings (default
	 * 09:00)
	 * @param workingEnd its end (default 18:00)
	 * @param maxSolverTime upper bound of the time limit an organiser may give a
	 * scheduler run
	 * @param remindPendingAfter how long a request waits before its receiver is reminded
	 * @param remindMeetingBefore how long before a meeting its participants are reminded
	 */
	@ConfigurationProperties("kakehashi.events")
	record EventsProperties(@Nullable LocalTime workingStart, @Nullable LocalTime workingEnd,
			@Nullable Duration maxSolverTime, @Nullable Duration remindPendingAfter,
			@Nullable Duration remindMeetingBefore) {

		Duration pendingAfter() {
			return remindPendingAfter == null ? Duration.ofDays(2) : remindPendingAfter;
		}

		Duration meetingBefore() {
			return remindMeetingBefore == null ? Duration.ofHours(24) : remindMeetingBefore;
		}

	}

	@Bean
	WorkingHours workingHours(EventsProperties properties) {
		return new WorkingHours(
				properties.workingStart() == null ? WorkingHours.DEFAULT.start() : properties.workingStart(),
				properties.workingEnd() == null ? WorkingHours.DEFAULT.end() : properties.workingEnd());
	}

}
