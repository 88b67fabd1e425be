package org.kakehashi.events;

/**
 * The organisers published an event's schedule: every participant with an account now has
 * a personal agenda and is told so by mail.
 */
public record AgendaPublished(String eventId, long runId) {
}
