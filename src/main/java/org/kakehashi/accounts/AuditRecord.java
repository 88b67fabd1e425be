package org.kakehashi.accounts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One recorded change as other modules read it back: the history section of a page ("who
 * changed this agreement, when, and what").
 */
public record AuditRecord(Instant occurredAt, String actor, String action, @Nullable String detail) {
}
