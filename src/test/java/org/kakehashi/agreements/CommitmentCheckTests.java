package org.kakehashi.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kakehashi.agreements.CommitmentEvidence.EvidenceRecord;
import org.kakehashi.agreements.CommitmentStatus.Reason;
import org.kakehashi.shared.LocalizedText;

/**
 * The period evaluation with fixed dates: one violating and one respecting case per rule.
 */
class CommitmentCheckTests {

	static final DateRange YEAR_2026 = CommitmentPeriod.YEAR.containing(LocalDate.of(2026, 6, 1));

	static final Commitment MEETINGS_AT_FAIRS = new Commitment(5, CommitmentKind.MEETINGS,
			LocalizedText.of("en", "meet"), CommitmentRule.perYear(1, "BIO-Europe", "BIO International", "BioJapan"));

	static final Commitment FOUR_UPDATES = new Commitment(3, CommitmentKind.REGULAR_UPDATES,
			LocalizedText.of("en", "updates"), CommitmentRule.perYear(4));

	static final EvidenceRecord BIOJAPAN = EvidenceRecord.of(LocalDate.of(2026, 10, 14), "evidence.post",
			"/events/biojapan-2026", LocalizedText.of("en", "Meeting at BioJapan 2026"));

	static final EvidenceRecord VIDEO_CALL = EvidenceRecord.of(LocalDate.of(2026, 3, 2), "evidence.post",
			"/events/call", LocalizedText.of("en", "Video call"));

	@Test
	void periodsAreCalendarYearsHalvesAndQuarters() {
		assertThat(YEAR_2026).isEqualTo(new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
		assertThat(CommitmentPeriod.HALF_YEAR.containing(LocalDate.of(2026, 7, 1)))
			.isEqualTo(new DateRange(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)));
		assertThat(CommitmentPeriod.QUARTER.containing(LocalDate.of(2026, 5, 31)))
			.isEqualTo(new DateRange(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)));
	}

	@Test
	void aMeetingAtANamedEventKeepsTheYearlyMeetingCommitment() {
		CommitmentStatus s = CommitmentCheck.evaluate(MEETINGS_AT_FAIRS, YEAR_2026, LocalDate.of(2026, 11, 1),
				List.of(VIDEO_CALL, BIOJAPAN), null);

		assertThat(s.state()).isEqualTo(CommitmentState.MET);
		assertThat(s.reason()).isEqualTo(Reason.ENOUGH);
		assertThat(s.records()).containsExactly(BIOJAPAN);
		assertThat(s.required()).isEqualTo(1);
	}

	@Test
	void aMeetingElsewhereDoesNotCountAndTheYearEndsMissed() {
		CommitmentStatus s = CommitmentCheck.evaluate(MEETINGS_AT_FAIRS, YEAR_2026, LocalDate.of(2027, 1, 5),
				List.of(VIDEO_CALL), null);

		assertThat(s.state()).isEqualTo(CommitmentState.MISSED);
		assertThat(s.reason()).isEqualTo(Reason.TOO_FEW);
		assertThat(s.records()).isEmpty();
	}

	@Test
	void updatesLaggingBehindThePaceAreAtRisk() {
		List<EvidenceRecord> one = List.of(EvidenceRecord.of(LocalDate.of(2026, 2, 1), "evidence.post", "/posts/1",
				LocalizedText.of("en", "Update")));

		CommitmentStatus s = CommitmentCheck.evaluate(FOUR_UPDATES, YEAR_2026, LocalDate.of(2026, 7, 15), one, null);

		assertThat(s.state()).isEqualTo(CommitmentState.AT_RISK);
		assertThat(s.reason()).isEqualTo(Reason.BEHIND_PACE);
		assertThat(s.count()).isEqualTo(1);
	}

	@Test
	void updatesKeepingPaceStayOpenUntilTheMinimumIsReached() {
		List<EvidenceRecord> two = List.of(
				EvidenceRecord.of(LocalDate.of(2026, 2, 1), "evidence.post", "/posts/1",
						LocalizedText.of("en", "Update")),
				EvidenceRecord.of(LocalDate.of(2026, 5, 1), "evidence.post", "/posts/2",
						LocalizedText.of("en", "Update")));

		CommitmentStatus s = CommitmentCheck.evaluate(FOUR_UPDATES, YEAR_2026, LocalDate.of(2026, 7, 15), two, null);

		assertThat(s.state()).isEqualTo(CommitmentState.OPEN);
		assertThat(s.reason()).isEqualTo(Reason.ON_PACE);
	}

	@Test
	void aOnceAYearMeetingBecomesAtRiskInTheLastQuarterOnly() {
		assertThat(CommitmentCheck.evaluate(MEETINGS_AT_FAIRS, YEAR_2026, LocalDate.of(2026, 9, 30), List.of(), null)
			.state()).isEqualTo(CommitmentState.OPEN);
		assertThat(CommitmentCheck.evaluate(MEETINGS_AT_FAIRS, YEAR_2026, LocalDate.of(2026, 10, 5), List.of(), null)
			.state()).isEqualTo(CommitmentState.AT_RISK);
	}

	@Test
	void recordsOutsideThePeriodDoNotCount() {
		EvidenceRecord lastYear = EvidenceRecord.of(LocalDate.of(2025, 10, 14), "evidence.post", "/events/bj25",
				LocalizedText.of("en", "BioJapan 2025"));

		CommitmentStatus s = CommitmentCheck.evaluate(MEETINGS_AT_FAIRS, YEAR_2026, LocalDate.of(2027, 1, 1),
				List.of(lastYear), null);

		assertThat(s.state()).isEqualTo(CommitmentState.MISSED);
	}

	@Test
	void withoutASourceOfRecordsACheckableCommitmentStaysOpenAndSaysWhy() {
		CommitmentStatus s = CommitmentCheck.evaluate(FOUR_UPDATES, YEAR_2026, LocalDate.of(2026, 12, 1), null, null);

		assertThat(s.state()).isEqualTo(CommitmentState.OPEN);
		assertThat(s.reason()).isEqualTo(Reason.NO_SOURCE);
	}

	@Test
	void aManagersAssessmentStandsInWhereNothingCanBeCounted() {
		Assessment met = new Assessment(3, YEAR_2026.from(), CommitmentState.MET, "Logo is on biom.de", "manager.biom",
				java.time.Instant.EPOCH);

		CommitmentStatus s = CommitmentCheck.evaluate(FOUR_UPDATES, YEAR_2026, LocalDate.of(2026, 12, 1), null, met);

		assertThat(s.state()).isEqualTo(CommitmentState.MANUAL);
		assertThat(s.assessment()).isEqualTo(met);
	}

	@Test
	void freeTextIsCheckedByHandAndCarriesNoRule() {
		Commitment free = new Commitment(1, CommitmentKind.FREE_TEXT, LocalizedText.of("en", "explore"),
				CommitmentRule.perYear(3));

		CommitmentStatus s = CommitmentCheck.evaluate(free, YEAR_2026, LocalDate.of(2026, 12, 1), List.of(), null);

		assertThat(free.rule()).isNull();
		assertThat(s.state()).isEqualTo(CommitmentState.MANUAL);
		assertThat(s.reason()).isEqualTo(Reason.BY_HAND);
	}

	@Test
	void outsideTheTermNothingIsChecked() {
		CommitmentStatus s = CommitmentCheck.evaluate(FOUR_UPDATES, null, LocalDate.of(2026, 12, 1), List.of(), null);

		assertThat(s.state()).isEqualTo(CommitmentState.OPEN);
		assertThat(s.reason()).isEqualTo(Reason.NOT_IN_FORCE);
	}

	@Test
	void aPeriodIsClippedToTheTerm() {
		DateRange clipped = YEAR_2026.clip(LocalDate.of(2026, 2, 11), LocalDate.of(2026, 12, 31));

		assertThat(clipped).isEqualTo(new DateRange(LocalDate.of(2026, 2, 11), LocalDate.of(2026, 12, 31)));
		assertThat(YEAR_2026.clip(LocalDate.of(2027, 1, 1), null)).isNull();
	}

}
