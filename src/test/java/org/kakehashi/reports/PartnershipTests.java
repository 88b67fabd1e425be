package org.kakehashi.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartnershipTests {

	@Test
	void aPartnershipIsTheSameWhicheverWayRoundItIsNamed() {
		Partnership p = new Partnership("kawasaki", "biom");

		assertThat(p).isEqualTo(new Partnership("biom", "kawasaki"));
		assertThat(p.first()).isEqualTo("biom");
		assertThat(p.second()).isEqualTo("kawasaki");
		assertThat(p.has("kawasaki")).isTrue();
		assertThat(p.has("lsn")).isFalse();
	}

	@Test
	void aClusterIsNoPartnershipWithItself() {
		assertThatThrownBy(() -> new Partnership("biom", "biom")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void outcomeKindsReadTheirOwnCodes() {
		for (OutcomeKind k : OutcomeKind.values()) {
			assertThat(OutcomeKind.fromCode(k.code())).isSameAs(k);
		}
		assertThat(OutcomeKind.SITE_ESTABLISHED.code()).isEqualTo("site-established");
		assertThatThrownBy(() -> OutcomeKind.fromCode("friendship")).isInstanceOf(IllegalArgumentException.class);
	}

}
