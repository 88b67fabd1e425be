package org.kakehashi.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.kakehashi.shared.WrongStateException;

/** Names are revealed only when both sides agreed, in either order. */
class ExpressionOfInterestTests {

	static ExpressionOfInterest expressed(boolean consent) {
		return ExpressionOfInterest.expressed(1, "member.biom", "biom", "biom-0001", "Interested", consent,
				Instant.EPOCH);
	}

	@Test
	void aNewInterestRevealsNothing() {
		assertThat(expressed(true).state()).isEqualTo(InterestState.EXPRESSED);
		assertThat(expressed(true).revealed()).isFalse();
	}

	@Test
	void acceptingWithoutTheInterestedSidesConsentRevealsNothing() {
		ExpressionOfInterest accepted = expressed(false).accept();

		assertThat(accepted.state()).isEqualTo(InterestState.ACCEPTED);
		assertThat(accepted.revealed()).isFalse();
	}

	@Test
	void acceptingAnInterestThatConsentedRevealsNames() {
		assertThat(expressed(true).accept().state()).isEqualTo(InterestState.REVEALED);
	}

	@Test
	void consentAfterAcceptanceRevealsNames() {
		assertThat(expressed(false).accept().consent().revealed()).isTrue();
	}

	@Test
	void consentBeforeAcceptanceWaitsForTheOwner() {
		ExpressionOfInterest consented = expressed(false).consent();

		assertThat(consented.state()).isEqualTo(InterestState.EXPRESSED);
		assertThat(consented.interestedConsent()).isTrue();
	}

	@Test
	void aDeclinedInterestIsNeverRevealed() {
		ExpressionOfInterest declined = expressed(true).decline();

		assertThat(declined.state()).isEqualTo(InterestState.DECLINED);
		assertThatThrownBy(declined::accept).isInstanceOf(WrongStateException.class);
		assertThatThrownBy(declined::consent).isInstanceOf(WrongStateException.class);
	}

	@Test
	void aRevealedInterestCannotBeDeclined() {
		assertThatThrownBy(() -> expressed(true).accept().decline()).isInstanceOf(WrongStateException.class);
	}

	@Test
	void theAnonymousViewHidesTheOwner() {
		Opportunity o = new Opportunity(7, OpportunityType.TECHNOLOGY_OFFER,
				org.kakehashi.shared.LocalizedText.of("ja", "装置"), org.kakehashi.shared.LocalizedText.of("ja", "概要"),
				java.util.List.of(), null, org.kakehashi.shared.LocalizedText.empty(), null, "kawasaki",
				"kawasaki-0001", "member.kawasaki", Instant.EPOCH, 0);

		OpportunityView anonymous = OpportunityView.of(o, false);

		assertThat(anonymous.ownerOrganizationId()).isNull();
		assertThat(anonymous.createdBy()).isNull();
		assertThat(anonymous.anonymous()).isTrue();
		assertThat(anonymous.ownerClusterId()).isEqualTo("kawasaki");
		assertThat(OpportunityView.of(o, true).ownerOrganizationId()).isEqualTo("kawasaki-0001");
	}

}
