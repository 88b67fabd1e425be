package org.kakehashi.events;

/**
 * One participant's one-click verdict after a meeting; feeds the agreements' meeting
 * commitments and the reports.
 */
public record MeetingFeedback(boolean useful, boolean followUp) {
}
