package org.kakehashi.events;

import org.jspecify.annotations.Nullable;

/**
 * One meeting of a personal agenda.
 *
 * @param with the other party of the meeting
 * @param feedback the reader's own feedback, once given
 */
public record AgendaItem(Booking booking, EventSlot slot, MeetingRequest request, Participant with,
		@Nullable MeetingFeedback feedback) {
}
