package org.kakehashi.events;

/**
 * Meetings one cluster's participants asked of the partner cluster's participants at
 * events of one calendar year (the event's own time zone): counts only, for reports.
 *
 * @param fromCluster the requesters' cluster
 * @param requested meeting requests sent
 * @param accepted requests the receiver accepted (also when cancelled later)
 * @param placed meetings in the schedule
 * @param held placed meetings checked in or with feedback, and no no-show
 * @param noShows placed meetings marked as no-show
 * @param feedback feedback given on these meetings (by either side)
 * @param useful feedback calling the meeting useful
 * @param followUp feedback announcing a follow-up
 */
public record MeetingTally(int year, String fromCluster, int requested, int accepted, int placed, int held, int noShows,
		int feedback, int useful, int followUp) {

	/** The sum of both, with this row's year and cluster. */
	public MeetingTally plus(MeetingTally o) {
		return new MeetingTally(year, fromCluster, requested + o.requested, accepted + o.accepted, placed + o.placed,
				held + o.held, noShows + o.noShows, feedback + o.feedback, useful + o.useful, followUp + o.followUp);
	}

}
