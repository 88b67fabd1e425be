package org.kakehashi.accounts;

/**
 * An administrator sent a user a password-reset link. Carries the secret token, so it is
 * handled synchronously ({@code @EventListener}) and never stored in the event
 * publication registry; the link expires in an hour and works once.
 */
public record PasswordResetRequested(String username, String token) {
}
