package org.kakehashi.exchange;

/**
 * What one cluster gave a partner through the exchange in one calendar year (UTC): counts
 * only, so reports can show them to funders without naming anyone.
 *
 * @param fromCluster the cluster that posted, or that owns the opportunities
 * @param posts posts the partner could read (shared with it, or public)
 * @param regionalUpdates of these, posts of the kind regional update
 * @param opportunities business opportunities the cluster published
 * @param interests expressions of interest the partner's people sent to these
 * opportunities
 */
public record ExchangeTally(int year, String fromCluster, int posts, int regionalUpdates, int opportunities,
		int interests) {

	/** The sum of both, with this row's year and cluster. */
	public ExchangeTally plus(ExchangeTally o) {
		return new ExchangeTally(year, fromCluster, posts + o.posts, regionalUpdates + o.regionalUpdates,
				opportunities + o.opportunities, interests + o.interests);
	}

}
