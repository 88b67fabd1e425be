package org.kakehashi.reports;

import java.time.Instant;

/**
 * A funder's account attached to a partnership they fund: they may read its reports, in
 * aggregate, and no others.
 */
public record FunderAttachment(String username, Partnership partnership, String attachedBy, Instant attachedAt) {
}
