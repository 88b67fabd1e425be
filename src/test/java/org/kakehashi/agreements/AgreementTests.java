package org.kakehashi.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.kakehashi.shared.FieldProblem;
import org.kakehashi.shared.LocalizedText;

class AgreementTests {

	static final LocalDate SIGNED = LocalDate.of(2020, 2, 11);

	static final LocalDate ENDS = LocalDate.of(2023, 2, 10);

	@Test
	void unsignedAgreementIsADraft() {
		assertThat(anAgreement(null, null).statusOn(SIGNED, false)).isEqualTo(AgreementStatus.DRAFT);
	}

	@Test
	void signedAgreementIsActiveFromItsStartUntilNinetyDaysBeforeItsEnd() {
		Agreement a = anAgreement(SIGNED, ENDS);

		assertThat(a.statusOn(SIGNED.minusDays(1), false)).isEqualTo(AgreementStatus.SIGNED);
		assertThat(a.statusOn(SIGNED, false)).isEqualTo(AgreementStatus.ACTIVE);
		assertThat(a.statusOn(ENDS.minusDays(90), false)).isEqualTo(AgreementStatus.ACTIVE);
		assertThat(a.statusOn(ENDS.minusDays(89), false)).isEqualTo(AgreementStatus.EXPIRING);
		assertThat(a.statusOn(ENDS, false)).isEqualTo(AgreementStatus.EXPIRING);
		assertThat(a.statusOn(ENDS.plusDays(1), false)).isEqualTo(AgreementStatus.EXPIRED);
	}

	@Test
	void openEndedAgreementStaysActive() {
		assertThat(anAgreement(SIGNED, null).statusOn(LocalDate.of(2099, 1, 1), false))
			.isEqualTo(AgreementStatus.ACTIVE);
	}

	@Test
	void agreementWithASuccessorCountsAsRenewed() {
		assertThat(anAgreement(SIGNED, ENDS).statusOn(SIGNED, true)).isEqualTo(AgreementStatus.RENEWED);
	}

	@Test
	void rejectsFewerThanTwoPartiesAndAnEndBeforeTheStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Agreement("a", AgreementKind.LETTER_OF_INTENT,
				LocalizedText.of("en", "x"), LocalizedText.empty(), SIGNED, DatePrecision.DAY, null, null, SIGNED, ENDS,
				null, null, List.of("biom"), List.of(), List.of(), 0));
		assertThatIllegalArgumentException().isThrownBy(() -> anAgreement(ENDS, SIGNED));
	}

	@Test
	void freeTextCommitmentsAreCheckedByHand() {
		assertThat(new Commitment(1, CommitmentKind.FREE_TEXT, LocalizedText.of("en", "x")).state())
			.isEqualTo("manual");
		assertThat(new Commitment(2, CommitmentKind.MEETINGS, LocalizedText.of("en", "x")).state()).isEqualTo("open");
	}

	@Test
	void aSignatorySignsForAPartyOrForNoneAndNeedsANameAndACapacity() {
		AgreementDraft draft = new AgreementDraft(null, "letter-of-intent", Map.of("en", "x"), null, null, null, null,
				null, null, null, null, null, List.of("biom", "kawasaki"),
				List.of(new Signatory("Mayor", null, "kawasaki", Signatory.Capacity.SIGNATORY),
						new Signatory("Consul", null, null, Signatory.Capacity.WITNESS),
						new Signatory("Stranger", null, "lsn", Signatory.Capacity.SIGNATORY),
						new Signatory(" ", null, "biom", Signatory.Capacity.SIGNATORY),
						new Signatory("No capacity", "x".repeat(301), null, null)),
				null, null);

		assertThat(AgreementRules.check(draft, party -> true)).extracting(FieldProblem::field, FieldProblem::code)
			.containsExactly(tuple("signatories[2].partyId", "signatory-party"),
					tuple("signatories[3].name", "signatory"), tuple("signatories[4].function", "signatory-too-long"),
					tuple("signatories[4].capacity", "signatory-capacity"));
	}

	static Agreement anAgreement(@Nullable LocalDate signed, @Nullable LocalDate ends) {
		return new Agreement("biom-kawasaki-2020", AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
				LocalizedText.of("en", "MoU"), LocalizedText.empty(), signed, DatePrecision.DAY, null, null, signed,
				ends, null, null, List.of("biom", "kawasaki"), List.of(), List.of(), 0);
	}

}
