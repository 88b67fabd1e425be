package org.kakehashi.events;

/** One meeting of a run's proposal, with whether it is pinned in the current schedule. */
public record PlacedMeetingView(EventSlot slot, int table, MeetingRequestView meeting, boolean pinned) {
}
