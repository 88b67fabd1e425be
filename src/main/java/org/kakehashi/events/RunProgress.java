package org.kakehashi.events;

/**
 * Live progress of a scheduler run for the organisers' page.
 *
 * @param percent share of the time budget used, 0..100
 * @param placed meetings placed in the best schedule so far
 */
public record RunProgress(long runId, int percent, int placed, int total, boolean finished, boolean failed) {
}
