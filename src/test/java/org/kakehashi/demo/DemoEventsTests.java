package org.kakehashi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.kakehashi.events.Event;
import org.kakehashi.events.EventKind;

class DemoEventsTests {

	@Test
	void aNewInstallationHasAnEventStillToCome() {
		Clock loadedOn = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

		Event upcoming = DemoEvents.all(loadedOn).getLast();

		assertThat(upcoming.kind()).isEqualTo(EventKind.ONLINE_PARTNERING);
		assertThat(upcoming.id()).isEqualTo("online-partnering-2027-1");
		assertThat(upcoming.startsAt().toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 19));
		assertThat(upcoming.startsAt().toInstant()).isAfter(loadedOn.instant());
		assertThat(upcoming.organizers()).contains("biom", "obhq");
	}

}
