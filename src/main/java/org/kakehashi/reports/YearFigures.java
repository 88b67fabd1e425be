package org.kakehashi.reports;

import java.util.Map;

import org.kakehashi.agreements.CommitmentState;
import org.kakehashi.events.MeetingTally;
import org.kakehashi.events.VisitTally;
import org.kakehashi.exchange.ExchangeTally;
import org.kakehashi.requests.RequestTally;

/**
 * The figures of a partnership {@code a}/{@code b} in one year, or over its whole history
 * ({@code year} 0), each way where there is a direction. Counts only.
 *
 * @param commitments commitment states at the end of the year (or in every year of the
 * history, added up)
 */
public record YearFigures(int year, ExchangeTally exchangeFromA, ExchangeTally exchangeFromB,
		MeetingTally meetingsFromA, MeetingTally meetingsFromB, RequestTally requestsFromA, RequestTally requestsFromB,
		VisitTally visits, Map<CommitmentState, Integer> commitments) {

	public YearFigures {
		commitments = Map.copyOf(commitments);
	}

	/** Whether the whole history, not one year. */
	public boolean allYears() {
		return year == 0;
	}

}
