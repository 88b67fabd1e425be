package org.kakehashi.accounts;

import java.time.Instant;

/**
 * One of a user's signed-in sessions, as they see it on their account page.
 *
 * @param ref a stable reference to end it with; a hash of the session id, never the id
 * itself (which is the cookie's secret)
 * @param current whether this is the session the page was requested with
 */
public record UserSession(String ref, Instant created, Instant lastActive, boolean current) {
}
