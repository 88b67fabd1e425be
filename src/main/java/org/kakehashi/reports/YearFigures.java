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
 * @param outcomesFromA cooperation outcomes recorded for organisations of {@code a} with
 * partners in {@code b}, per kind
 */
public record YearFigures(int year, ExchangeTally exchangeFromA, ExchangeTally exchangeFromB,
		MeetingTally meetingsFromA, MeetingTally meetingsFromB, RequestTally requestsFromA, RequestTally requestsFromB,
		VisitTally visits, Map<CommitmentState, Integer> commitments, Map<OutcomeKind, Integer> outcomesFromA,
		Map<OutcomeKind, Integer> outcomesFromB) {

	public YearFigures {
		commitments = Map.copyOf(commitments);
		outcomesFromA = Map.copyOf(outcomesFromA);
		outcomesFromB = Map.copyOf(outcomesFromB);
	}

	/** Whether the whole history, not one year. */
	public boolean allYears() {
		return year == 0;
	}

}
