package org.kakehashi.reports;

import java.util.Map;

import org.kakehashi.agreements.CommitmentState;
import org.kakehashi.shared.LocalizedText;

/**
 * One commitment of an agreement of the partnership with its state at the end of each
 * year the agreement was in force (the running year: as of today).
 *
 * @param agreementId the agreement it belongs to
 * @param number its position in the agreement
 */
public record CommitmentLine(String agreementId, int number, LocalizedText text, Map<Integer, CommitmentState> states) {

	public CommitmentLine {
		states = Map.copyOf(states);
	}

}
