package org.kakehashi.events;

import org.jspecify.annotations.Nullable;

/**
 * A meeting request as pages show it: with both parties and, once placed, its booking and
 * slot.
 */
public record MeetingRequestView(MeetingRequest request, Participant requester, Participant receiver,
		@Nullable Booking booking, @Nullable EventSlot slot) {
}
