package org.kakehashi.directory;

/** An organisation was created or changed (search keeps its index current from this). */
public record OrganizationChanged(String id) {
}
