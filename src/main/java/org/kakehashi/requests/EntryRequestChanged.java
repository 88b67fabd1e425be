package org.kakehashi.requests;

/**
 * A request was filed or took a step (action codes as in {@link RequestStep.Action}, plus
 * {@code filed} and {@code message}); published after the change so mails follow the
 * commit.
 */
public record EntryRequestChanged(String requestId, String action, String actor) {
}
