package org.kakehashi.requests;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A request was filed or took a step (action codes as in {@link RequestStep.Action}, plus
 * {@code filed} and {@code message}); published after the change so mails follow the
 * commit.
 *
 * @param occurrence a random id of this one step, stored with the event, so the mails
 * about it are queued once even when the event is handled again after a crash (null in
 * events stored before it existed)
 */
public record EntryRequestChanged(String requestId, String action, String actor, @Nullable String occurrence) {

	public EntryRequestChanged(String requestId, String action, String actor) {
		this(requestId, action, actor, UUID.randomUUID().toString());
	}

}
