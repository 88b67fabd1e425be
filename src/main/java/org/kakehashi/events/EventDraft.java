package org.kakehashi.events;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.LocalizedText;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Command: create or change an event. Start and end are local times of the event's own
 * time zone, as organisers read them on the programme.
 *
 * @param version the version being edited (ignored on create)
 */
public record EventDraft(
		@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,63}", message = "{event.id.pattern}") String id,
		@NotBlank String kind, @Nullable @Size(max = 300) String nameDe, @Nullable @Size(max = 300) String nameEn,
		@Nullable @Size(max = 300) String nameJa, @Nullable @Size(max = 10000) String descriptionDe,
		@Nullable @Size(max = 10000) String descriptionEn, @Nullable @Size(max = 10000) String descriptionJa,
		@NotBlank String timeZone, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
		@Nullable @Size(max = 300) String venue, @Nullable @Size(max = 200) String city,
		@Nullable @Pattern(regexp = "^$|[A-Z]{2}", message = "{event.country.pattern}") String country,
		@Nullable @Pattern(regexp = "^$|https?://\\S+", message = "{website.invalid}") String website,
		@NotEmpty List<String> organizers, long version) {

	public EventDraft {
		organizers = organizers == null ? List.of() : List.copyOf(organizers);
	}

	public LocalizedText names() {
		return LocalizedText.ofUi(nameDe, nameEn, nameJa);
	}

	/**
	 * The event this draft describes; throws IllegalArgumentException for an unknown zone
	 * or end before start.
	 */
	public Event toEvent() {
		ZoneId zone = ZoneId.of(timeZone);
		return new Event(id, EventKind.fromCode(kind), names(),
				LocalizedText.ofUi(descriptionDe, descriptionEn, descriptionJa),
				startsAt.atZone(zone).toOffsetDateTime(), endsAt.atZone(zone).toOffsetDateTime(), zone.getId(),
				blankToNull(venue), blankToNull(city), blankToNull(country), blankToNull(website), organizers);
	}

	public static EventDraft of(Event e, long version) {
		ZoneId zone = ZoneId.of(e.timeZone());
		return new EventDraft(e.id(), e.kind().code(), e.names().exactly("de"), e.names().exactly("en"),
				e.names().exactly("ja"), e.descriptions().exactly("de"), e.descriptions().exactly("en"),
				e.descriptions().exactly("ja"), e.timeZone(), e.startsAt().atZoneSameInstant(zone).toLocalDateTime(),
				e.endsAt().atZoneSameInstant(zone).toLocalDateTime(), e.venue(), e.city(), e.country(), e.website(),
				new ArrayList<>(e.organizers()), version);
	}

	public static EventDraft empty(String organizer, Clock clock) {
		LocalDateTime start = LocalDateTime.now(clock.withZone(ZoneId.of("Europe/Berlin")))
			.plusMonths(1)
			.withHour(9)
			.withMinute(0)
			.withSecond(0)
			.withNano(0);
		return new EventDraft("", EventKind.PARTNERING_CONFERENCE.code(), null, null, null, null, null, null,
				"Europe/Berlin", start, start.plusDays(1).withHour(18), null, null, null, null,
				organizer == null ? List.of() : List.of(organizer), 0);
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
