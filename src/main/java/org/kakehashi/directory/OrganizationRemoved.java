package org.kakehashi.directory;

/** An organisation was removed from the directory. */
public record OrganizationRemoved(String id) {
}
