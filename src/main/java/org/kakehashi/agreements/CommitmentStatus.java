package org.kakehashi.agreements;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.kakehashi.agreements.CommitmentEvidence.EvidenceRecord;

/**
 * A commitment's state in one period and why: the records counted, how many were needed,
 * and a manager's assessment where the system cannot count.
 *
 * @param period the days checked (the calendar period, clipped to the agreement's term),
 * or null when the agreement was not in force
 * @param records the records that counted, oldest first
 */
public record CommitmentStatus(Commitment commitment, CommitmentState state, Reason reason, @Nullable DateRange period,
		int required, List<EvidenceRecord> records, @Nullable Assessment assessment) {

	public CommitmentStatus {
		records = List.copyOf(records);
	}

	public int count() {
		return records.size();
	}

	/**
	 * Why a commitment is in its state; each reason has a message
	 * {@code commitment.reason.<code>}.
	 */
	public enum Reason {

		/** Enough records in the period. */
		ENOUGH,
		/** The period is over without enough records. */
		TOO_FEW,
		/** The period runs, but the records lag behind the pace the rule needs. */
		BEHIND_PACE,
		/**
		 * The period runs and the records keep pace, but the minimum is not reached yet.
		 */
		ON_PACE,
		/** No module reports records of this kind yet, so the system cannot check it. */
		NO_SOURCE,
		/** No rule was recorded for this commitment. */
		NO_RULE,
		/** Free text: checked by the managers. */
		BY_HAND,
		/** The agreement is not in force in the period (a draft, or outside its term). */
		NOT_IN_FORCE;

		public String code() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

}
