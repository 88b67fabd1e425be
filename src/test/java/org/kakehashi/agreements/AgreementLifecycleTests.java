package org.kakehashi.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kakehashi.agreements.AgreementDraft.CommitmentDraft;
import org.kakehashi.shared.WrongStateException;

/**
 * Signing, renewing, the configurable expiring window and the rules for agreements as
 * entered.
 */
class AgreementLifecycleTests {

	static final LocalDate SIGNED = LocalDate.of(2020, 2, 11);

	static final LocalDate ENDS = LocalDate.of(2023, 2, 10);

	@Test
	void theExpiringWindowIsConfigurable() {
		Agreement a = AgreementTests.anAgreement(SIGNED, ENDS);

		assertThat(a.statusOn(ENDS.minusDays(30), false, 30)).isEqualTo(AgreementStatus.ACTIVE);
		assertThat(a.statusOn(ENDS.minusDays(29), false, 30)).isEqualTo(AgreementStatus.EXPIRING);
	}

	@Test
	void aRenewalFollowsOnForTheSameTermWithTheSamePartiesAndCommitments() {
		Agreement a = AgreementTests.anAgreement(SIGNED, ENDS);

		Agreement r = a.renewal("biom-kawasaki-2023");

		assertThat(r.renewsId()).isEqualTo("biom-kawasaki-2020");
		assertThat(r.startsOn()).isEqualTo(LocalDate.of(2023, 2, 11));
		assertThat(r.endsOn()).isEqualTo(LocalDate.of(2026, 2, 10));
		assertThat(r.signedOn()).isNull();
		assertThat(r.parties()).containsExactly("biom", "kawasaki");
		assertThat(r.statusOn(LocalDate.of(2023, 3, 1), false)).isEqualTo(AgreementStatus.DRAFT);
	}

	@Test
	void aDraftCannotBeRenewedAndASignedAgreementCannotBeSignedAgain() {
		assertThatExceptionOfType(WrongStateException.class)
			.isThrownBy(() -> AgreementTests.anAgreement(null, null).renewal("x-2"));
		assertThatExceptionOfType(WrongStateException.class)
			.isThrownBy(() -> AgreementTests.anAgreement(SIGNED, ENDS).sign(SIGNED, DatePrecision.DAY, null, null));
	}

	@Test
	void signingADraftStartsItOnTheSigningDay() {
		Agreement signed = AgreementTests.anAgreement(null, null)
			.sign(SIGNED, DatePrecision.DAY, "Munich", "BIO-Europe");

		assertThat(signed.signedOn()).isEqualTo(SIGNED);
		assertThat(signed.startsOn()).isEqualTo(SIGNED);
		assertThat(signed.occasion()).isEqualTo("BIO-Europe");
	}

	@Test
	void aValidDraftHasNoProblems() {
		assertThat(AgreementRules.check(validDraft(), p -> true)).isEmpty();
	}

	@Test
	void everyProblemOfADraftIsNamedByItsField() {
		AgreementDraft bad = new AgreementDraft("Bad Id", "treaty", Map.of(), Map.of(), Map.of(), null, null, null,
				null, LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1), null, List.of("biom"), List.of(),
				List.of(new CommitmentDraft("meetings", Map.of(), 0, "decade", List.of())), null);

		assertThat(AgreementRules.check(bad, p -> true)).containsExactly(AgreementRules.problem("id", "id"),
				AgreementRules.problem("kind", "kind"), AgreementRules.problem("titles", "title-required"),
				AgreementRules.problem("parties", "parties-too-few"),
				AgreementRules.problem("endsOn", "ends-before-start"),
				AgreementRules.problem("commitments[0].text", "commitment-text"),
				AgreementRules.problem("commitments[0].minimum", "rule-minimum"),
				AgreementRules.problem("commitments[0].period", "rule-period"));
	}

	@Test
	void unknownOrRepeatedPartiesAreRefused() {
		AgreementDraft d = validDraft();
		AgreementDraft twice = new AgreementDraft(null, d.kind(), d.titles(), Map.of(), Map.of(), null, null, null,
				null, null, null, null, List.of("biom", "biom"), List.of(), List.of(), null);

		assertThat(AgreementRules.check(d, p -> !p.equals("kawasaki")))
			.containsExactly(AgreementRules.problem("parties", "parties-unknown"));
		assertThat(AgreementRules.check(twice, p -> true))
			.containsExactly(AgreementRules.problem("parties", "parties-duplicate"));
	}

	static AgreementDraft validDraft() {
		return new AgreementDraft(null, "memorandum-of-understanding", Map.of("en", "MoU"), Map.of(), Map.of(), null,
				null, null, null, LocalDate.of(2023, 2, 11), LocalDate.of(2026, 2, 10), null,
				List.of("biom", "kawasaki"), List.of(),
				List.of(new CommitmentDraft("meetings", Map.of("en", "meet"), 1, "year", List.of("BioJapan"))), null);
	}

}
