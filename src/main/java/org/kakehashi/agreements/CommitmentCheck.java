package org.kakehashi.agreements;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kakehashi.agreements.CommitmentEvidence.EvidenceRecord;
import org.kakehashi.agreements.CommitmentStatus.Reason;

/**
 * Decides a commitment's state in one period from the records behind it: plain Java and
 * no clock of its own, so the rules are tested with fixed dates.
 * <p>
 * Pace: a running period is at risk when the records lag behind the share of the period
 * that has passed (2 of 4 updates due by the end of June), or when its last quarter has
 * begun and the minimum is not reached (a once-a-year meeting becomes at risk from
 * October).
 */
public final class CommitmentCheck {

	private CommitmentCheck() {
	}

	/**
	 * @param period the days to check, or null when the agreement is not in force in them
	 * @param records the records of the commitment's kind in the period, or null when no
	 * module reports records of this kind
	 * @param assessment a manager's judgement for this period, used where the system
	 * cannot count
	 */
	public static CommitmentStatus evaluate(Commitment commitment, @Nullable DateRange period, LocalDate today,
			@Nullable List<EvidenceRecord> records, @Nullable Assessment assessment) {
		CommitmentRule rule = commitment.rule();
		int required = rule == null ? 0 : rule.minimum();
		if (period == null) {
			return status(commitment, CommitmentState.OPEN, Reason.NOT_IN_FORCE, null, required, List.of(), null);
		}
		if (commitment.kind().checkedByHand()) {
			return status(commitment, CommitmentState.MANUAL, Reason.BY_HAND, period, required, List.of(), assessment);
		}
		if (rule == null || records == null) {
			Reason reason = rule == null ? Reason.NO_RULE : Reason.NO_SOURCE;
			CommitmentState state = assessment == null ? CommitmentState.OPEN : CommitmentState.MANUAL;
			return status(commitment, state, reason, period, required, List.of(), assessment);
		}
		List<EvidenceRecord> counted = records.stream()
			.filter(r -> period.contains(r.date()))
			.filter(rule::counts)
			.toList();
		if (counted.size() >= required) {
			return status(commitment, CommitmentState.MET, Reason.ENOUGH, period, required, counted, null);
		}
		if (today.isAfter(period.to())) {
			return status(commitment, CommitmentState.MISSED, Reason.TOO_FEW, period, required, counted, null);
		}
		return behindPace(counted.size(), required, period, today)
				? status(commitment, CommitmentState.AT_RISK, Reason.BEHIND_PACE, period, required, counted, null)
				: status(commitment, CommitmentState.OPEN, Reason.ON_PACE, period, required, counted, null);
	}

	/**
	 * True when {@code count} records lag behind what {@code required} per period needs
	 * by {@code today}.
	 */
	static boolean behindPace(int count, int required, DateRange period, LocalDate today) {
		if (today.isBefore(period.from())) {
			return false;
		}
		long total = period.days();
		long elapsed = ChronoUnit.DAYS.between(period.from(), today) + 1;
		long expectedByNow = required * elapsed / total;
		boolean lastQuarter = (total - elapsed) < total / 4;
		return count < expectedByNow || lastQuarter;
	}

	private static CommitmentStatus status(Commitment c, CommitmentState state, Reason reason,
			@Nullable DateRange period, int required, List<EvidenceRecord> records, @Nullable Assessment assessment) {
		return new CommitmentStatus(c, state, reason, period, required, records, assessment);
	}

}
