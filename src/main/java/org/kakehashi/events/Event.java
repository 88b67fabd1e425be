package org.kakehashi.events;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.LocalizedText;

/**
 * An event in its own time zone (BIO-Europe in Europe/Berlin, BioJapan in Asia/Tokyo);
 * pages show both the local time and the reader's.
 *
 * @param organizers ids of the organising clusters
 */
public record Event(String id, EventKind kind, LocalizedText names, LocalizedText descriptions, OffsetDateTime startsAt,
		OffsetDateTime endsAt, String timeZone, @Nullable String venue, @Nullable String city, @Nullable String country,
		@Nullable String website, List<String> organizers) {

	public Event {
		Objects.requireNonNull(id, "id");
		if (names.isEmpty()) {
			throw new IllegalArgumentException("an event needs a name");
		}
		if (endsAt.isBefore(startsAt)) {
			throw new IllegalArgumentException("an event cannot end before it starts");
		}
		ZoneId.of(timeZone);
		organizers = List.copyOf(organizers);
	}

	/**
	 * Whether the event was over at {@code now}; one that is still running is not.
	 */
	public boolean hasEndedAt(Instant now) {
		return endsAt.toInstant().isBefore(now);
	}

	/** Managers of an organising cluster and administrators run the event. */
	public boolean organizedBy(CurrentUser user) {
		return user.isAdmin() || organizers.stream().anyMatch(user::managesCluster);
	}

}
