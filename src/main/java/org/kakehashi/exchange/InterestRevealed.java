package org.kakehashi.exchange;

/**
 * Both sides of an expression of interest agreed to be named; each may now see the other.
 */
public record InterestRevealed(long interestId, long opportunityId, String fromCluster, String toCluster) {
}
