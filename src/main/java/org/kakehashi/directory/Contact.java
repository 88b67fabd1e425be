package org.kakehashi.directory;

import org.jspecify.annotations.Nullable;

/**
 * A contact person of an organisation; visible only inside the organisation's cluster.
 */
public record Contact(String name, @Nullable String email, @Nullable String role) {
}
