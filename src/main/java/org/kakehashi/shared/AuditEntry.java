package org.kakehashi.shared;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A change worth keeping in the audit history. Modules publish it as an application event
 * inside the transaction of the change; the accounts module records it in the same
 * transaction, so no change is saved without its audit entry.
 */
public record AuditEntry(String actor, String action, String targetType, String targetId, @Nullable String detail) {

	public AuditEntry {
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(targetType, "targetType");
		Objects.requireNonNull(targetId, "targetId");
	}

	public static AuditEntry by(CurrentUser user, String action, String targetType, String targetId,
			@Nullable String detail) {
		return new AuditEntry(user.username(), action, targetType, targetId, detail);
	}

}
