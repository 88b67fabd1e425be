package org.kakehashi.events;

/**
 * Events of one calendar year (the event's own time zone) in which both clusters took
 * part, as organiser or with participants.
 *
 * @param visits delegation trips and mutual visits
 * @param partneringEvents partnering conferences and online partnering
 */
public record VisitTally(int year, int visits, int partneringEvents) {

	/** The sum of both, with this row's year. */
	public VisitTally plus(VisitTally o) {
		return new VisitTally(year, visits + o.visits, partneringEvents + o.partneringEvents);
	}

}
