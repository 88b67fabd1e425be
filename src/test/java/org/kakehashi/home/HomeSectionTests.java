package org.kakehashi.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class HomeSectionTests {

	@Test
	void showsTheFirstFiveAndCountsAll() {
		HomeSection<Integer> section = HomeSection.of(List.of(1, 2, 3, 4, 5, 6, 7), "/requests");

		assertThat(section.items()).containsExactly(1, 2, 3, 4, 5);
		assertThat(section.count()).isEqualTo(7);
		assertThat(section.more()).isTrue();
		assertThat(section.all()).isEqualTo("/requests");
	}

	@Test
	void aShortListIsShownWhole() {
		HomeSection<Integer> section = HomeSection.of(List.of(1, 2), "/posts");

		assertThat(section.items()).containsExactly(1, 2);
		assertThat(section.more()).isFalse();
		assertThat(section.isEmpty()).isFalse();
	}

	@Test
	void anEmptySectionSaysSo() {
		HomeSection<Integer> section = HomeSection.empty("/opportunities");

		assertThat(section.isEmpty()).isTrue();
		assertThat(section.count()).isZero();
	}

}
