package org.kakehashi.requests.internal;

/**
 * A service-level reminder was claimed for a request and is to be mailed to the
 * responding cluster.
 */
public record ReminderDue(String requestId, String kind, String cluster, String lastDay, String zone) {
}
