package org.kakehashi.agreements;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A manager's judgement of a commitment in one period, for what the system cannot count
 * itself (free-text commitments, or kinds no module reports records for yet).
 *
 * @param verdict met, at-risk or missed
 * @param periodStart first day of the period judged
 */
public record Assessment(int commitment, java.time.LocalDate periodStart, CommitmentState verdict, String note,
		String assessedBy, Instant assessedAt) {

	public static final Set<CommitmentState> VERDICTS = Set.of(CommitmentState.MET, CommitmentState.AT_RISK,
			CommitmentState.MISSED);

	public Assessment {
		Objects.requireNonNull(periodStart, "periodStart");
		Objects.requireNonNull(note, "note");
		if (!VERDICTS.contains(verdict)) {
			throw new IllegalArgumentException("a verdict is met, at-risk or missed");
		}
	}

}
