package org.kakehashi.accounts;

/** A user account was created (the new user is welcomed by e-mail). */
public record UserCreated(String username) {
}
