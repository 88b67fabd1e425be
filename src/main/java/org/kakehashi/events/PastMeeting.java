package org.kakehashi.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.kakehashi.shared.LocalizedText;

/**
 * A placed meeting whose slot has begun, for the reports module, which asks its parties
 * what came of it. It names only the two parties, who met each other.
 *
 * @param id the booking's id
 * @param held checked in or with feedback, and not a no-show (the reports' "held")
 */
public record PastMeeting(long id, String eventId, LocalizedText eventNames, String eventTimeZone, Instant startsAt,
		boolean held, MeetingParty requester, MeetingParty receiver) {

	/** The meeting's day in the event's own time zone. */
	public LocalDate day() {
		return startsAt.atZone(ZoneId.of(eventTimeZone)).toLocalDate();
	}

	public List<MeetingParty> parties() {
		return List.of(requester, receiver);
	}

	public MeetingParty otherThan(MeetingParty party) {
		return party.participantId() == requester.participantId() ? receiver : requester;
	}

}
