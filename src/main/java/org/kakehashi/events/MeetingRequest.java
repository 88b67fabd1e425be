package org.kakehashi.events;

import java.time.OffsetDateTime;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A request of one participant to meet another, with a message. The receiver opts in by
 * accepting; organisers may also propose a meeting (then {@code proposedBy} names them)
 * and set its priority for the scheduler (1 high .. 3 low).
 */
public record MeetingRequest(long id, String eventId, long requesterId, long receiverId, String message,
		MeetingRequestStatus status, int priority, @Nullable String proposedBy, OffsetDateTime createdAt,
		long version) {

	public MeetingRequest {
		Objects.requireNonNull(status, "status");
		if (requesterId == receiverId) {
			throw new IllegalArgumentException("a participant cannot request a meeting with themselves");
		}
		if (priority < 1 || priority > 3) {
			throw new IllegalArgumentException("priority must be 1..3");
		}
		if (message.length() > 2000) {
			throw new IllegalArgumentException("the message is longer than 2000 characters");
		}
	}

	/** The receiver says yes. */
	public MeetingRequest accept() {
		return moveTo(MeetingRequestStatus.ACCEPTED, MeetingRequestStatus.PENDING);
	}

	/** The receiver says no. */
	public MeetingRequest decline() {
		return moveTo(MeetingRequestStatus.DECLINED, MeetingRequestStatus.PENDING);
	}

	/** The requester takes it back before an answer. */
	public MeetingRequest withdraw() {
		return moveTo(MeetingRequestStatus.WITHDRAWN, MeetingRequestStatus.PENDING);
	}

	/** Either side calls off an accepted meeting; its slot becomes free. */
	public MeetingRequest cancel() {
		return moveTo(MeetingRequestStatus.CANCELLED, MeetingRequestStatus.ACCEPTED);
	}

	public MeetingRequest withPriority(int newPriority) {
		return new MeetingRequest(id, eventId, requesterId, receiverId, message, status, newPriority, proposedBy,
				createdAt, version);
	}

	public boolean involves(long participantId) {
		return requesterId == participantId || receiverId == participantId;
	}

	public long otherThan(long participantId) {
		return requesterId == participantId ? receiverId : requesterId;
	}

	/** The request's id in contract files. */
	public String contractId() {
		return "m-" + id;
	}

	private MeetingRequest moveTo(MeetingRequestStatus next, MeetingRequestStatus required) {
		if (status != required) {
			throw new IllegalMeetingRequestTransitionException(id, status, next);
		}
		return new MeetingRequest(id, eventId, requesterId, receiverId, message, next, priority, proposedBy, createdAt,
				version);
	}

}
