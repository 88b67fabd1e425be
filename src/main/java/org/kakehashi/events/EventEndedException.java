package org.kakehashi.events;

import org.kakehashi.shared.WrongStateException;

/**
 * The event is over: nobody registers for it or asks for a meeting at it any more, and
 * its schedule is only published when the organiser says they mean it. The API answers
 * 409 {@code wrong-state} with the state {@code ended}; pages say which action was
 * refused.
 */
public class EventEndedException extends WrongStateException {

	public static final String STATE = "ended";

	/** What was refused. */
	public enum Action {

		REGISTRATION("registration"), MEETING_REQUEST("a meeting request"), PUBLICATION("publishing a schedule");

		private final String description;

		Action(String description) {
			this.description = description;
		}

	}

	private final Action action;

	public EventEndedException(String eventId, Action action) {
		super(STATE, "event '" + eventId + "' has ended: " + action.description + " is no longer possible");
		this.action = action;
	}

	public Action action() {
		return action;
	}

}
