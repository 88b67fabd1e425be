package org.kakehashi.events;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A meeting request as pages show it: with both parties and, once placed, its booking and
 * slot.
 */
public record MeetingRequestView(MeetingRequest request, Participant requester, Participant receiver,
		@Nullable Booking booking, @Nullable EventSlot slot) {

	/**
	 * Whether the request waits for {@code username}'s answer: pending and sent to them.
	 */
	public boolean awaitsAnswerFrom(String username) {
		return request.status() == MeetingRequestStatus.PENDING && username.equals(receiver.username());
	}

	/**
	 * Whether the meeting is accepted and booked in a slot that starts after {@code now}.
	 */
	public boolean bookedAfter(Instant now) {
		return request.status() == MeetingRequestStatus.ACCEPTED && booking != null && slot != null
				&& slot.startsAt().toInstant().isAfter(now);
	}

	/** The other party of the meeting, seen from {@code username}'s side. */
	public Participant otherThan(String username) {
		return username.equals(requester.username()) ? receiver : requester;
	}

}
