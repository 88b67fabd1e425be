package org.kakehashi.requests.internal;

/**
 * A service-level reminder was claimed for a request and is to be mailed to the
 * responding cluster. No longer published (reminders are queued in the mail outbox
 * directly); kept so that events of this type stored before the upgrade can still be read
 * and handled.
 */
public record ReminderDue(String requestId, String kind, String cluster, String lastDay, String zone) {
}
