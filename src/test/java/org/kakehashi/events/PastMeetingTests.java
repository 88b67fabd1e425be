package org.kakehashi.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.kakehashi.shared.LocalizedText;

class PastMeetingTests {

	static final MeetingParty MUNICH = new MeetingParty(1, "member.biom", "Anna", "biom-0001", "biom");

	static final MeetingParty OSAKA = new MeetingParty(2, null, "Guest", "obhq-0002", "obhq");

	@Test
	void aMeetingsDayIsTheEventsOwnDay() {
		PastMeeting late = meeting("Asia/Tokyo", Instant.parse("2027-03-10T23:30:00Z"));

		assertThat(late.day()).isEqualTo(LocalDate.of(2027, 3, 11));
		assertThat(meeting("Europe/Berlin", Instant.parse("2027-03-10T23:30:00Z")).day())
			.isEqualTo(LocalDate.of(2027, 3, 11));
		assertThat(meeting("America/New_York", Instant.parse("2027-03-10T23:30:00Z")).day())
			.isEqualTo(LocalDate.of(2027, 3, 10));
	}

	@Test
	void eachPartyMetTheOther() {
		PastMeeting m = meeting("UTC", Instant.parse("2027-03-10T09:00:00Z"));

		assertThat(m.otherThan(MUNICH)).isEqualTo(OSAKA);
		assertThat(m.otherThan(OSAKA)).isEqualTo(MUNICH);
		assertThat(m.parties()).containsExactly(MUNICH, OSAKA);
	}

	private static PastMeeting meeting(String zone, Instant start) {
		return new PastMeeting(7, "e", LocalizedText.of("en", "Event"), zone, start, true, MUNICH, OSAKA);
	}

}
