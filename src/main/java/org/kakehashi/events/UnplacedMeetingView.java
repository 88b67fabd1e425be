package org.kakehashi.events;

/** A meeting a run could not place, with the scheduler's reason in organisers' words. */
public record UnplacedMeetingView(MeetingRequestView meeting, String reason) {
}
