package org.kakehashi.events;

import java.time.ZoneId;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;

/**
 * A registered party of an event's meetings. Its time zone comes from the person's
 * account (or the organisers for guests): online meetings must fall inside everyone's own
 * working hours.
 *
 * @param username the account that acts for this party; null for guests
 * @param feedToken secret of the personal calendar feed (calendar apps cannot sign in)
 */
public record Participant(long id, String eventId, ParticipantKind kind, @Nullable String username, String displayName,
		@Nullable String organizationId, @Nullable String clusterId, String timeZone, @JsonIgnore String feedToken) {

	public Participant {
		Objects.requireNonNull(displayName, "displayName");
		ZoneId.of(timeZone);
	}

	/** The participant's id in contract files. */
	public String contractId() {
		return "p-" + id;
	}

	public ZoneId zone() {
		return ZoneId.of(timeZone);
	}

}
