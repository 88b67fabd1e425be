package org.kakehashi.events;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A run's proposal as the organisers review it: placed meetings in slot and table order,
 * the meetings left out with their reasons, and when the event's schedule was last
 * published.
 */
public record RunResultView(ScheduleRun run, List<PlacedMeetingView> placed, List<UnplacedMeetingView> unplaced,
		@Nullable OffsetDateTime publishedAt) {
}
