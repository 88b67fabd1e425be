package org.kakehashi.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The account delay: free until five failures, then doubling, capped at 15 minutes. */
class SignInThrottleTests {

	@Test
	void theFifthFailureLocksForOneSecondAndEachFurtherOneDoublesIt() {
		assertThat(SignInThrottle.delayAfter(5)).isEqualTo(Duration.ofSeconds(1));
		assertThat(SignInThrottle.delayAfter(6)).isEqualTo(Duration.ofSeconds(2));
		assertThat(SignInThrottle.delayAfter(14)).isEqualTo(Duration.ofSeconds(512));
	}

	@Test
	void theDelayNeverExceedsFifteenMinutes() {
		assertThat(SignInThrottle.delayAfter(15)).isEqualTo(Duration.ofMinutes(15));
		assertThat(SignInThrottle.delayAfter(10_000)).isEqualTo(Duration.ofMinutes(15));
	}

}
