package org.kakehashi.accounts;

/**
 * An account was deleted: its sign-in, sessions and keys ended; its user name stays
 * reserved, so what the person wrote keeps naming them without anyone else taking the
 * name.
 */
public record UserDeleted(String username) {
}
