package org.kakehashi.events;

/** A scheduler run finished with a proposed schedule for the event. */
public record ScheduleOptimized(String eventId, long runId, int placed, int total) {
}
