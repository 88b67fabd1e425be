package org.kakehashi.accounts;

/** A new API key: the secret is in this answer once and never again. */
public record CreatedApiKey(long id, String key) {
}
