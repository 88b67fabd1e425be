package org.kakehashi.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

/** The pieces of the TOTP second factor that need no application. */
class TotpTests {

	/** RFC 6238 appendix B, SHA-1 seed "12345678901234567890" (Base32), last 6 digits. */
	private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

	@Test
	void codesFollowTheRfc6238TestVectors() {
		assertThat(SecondFactors.codeAt(RFC_SECRET, 59 / 30)).isEqualTo("287082");
		assertThat(SecondFactors.codeAt(RFC_SECRET, 1111111109L / 30)).isEqualTo("081804");
		assertThat(SecondFactors.codeAt(RFC_SECRET, 1234567890L / 30)).isEqualTo("005924");
		assertThat(SecondFactors.codeAt(RFC_SECRET, 2000000000L / 30)).isEqualTo("279037");
	}

	@Test
	void secretsAreEncryptedWithAFreshNonceEachTime() {
		TotpSecrets secrets = new TotpSecrets("a key for this test");
		String first = secrets.seal(RFC_SECRET);
		String second = secrets.seal(RFC_SECRET);

		assertThat(first).startsWith("v1:").doesNotContain(RFC_SECRET).isNotEqualTo(second);
		assertThat(secrets.open(first)).isEqualTo(RFC_SECRET);
		assertThat(secrets.open(second)).isEqualTo(RFC_SECRET);
	}

	@Test
	void anotherKeyCannotOpenASecret() {
		String sealed = new TotpSecrets("one key").seal(RFC_SECRET);

		assertThatIllegalStateException().isThrownBy(() -> new TotpSecrets("another key").open(sealed));
		assertThatIllegalStateException().isThrownBy(() -> new TotpSecrets("").open(sealed));
	}

	@Test
	void withoutAKeySecretsAreStoredMarkedAsPlain() {
		TotpSecrets secrets = new TotpSecrets("");

		assertThat(secrets.seal(RFC_SECRET)).isEqualTo("plain:" + RFC_SECRET);
		assertThat(secrets.open("plain:" + RFC_SECRET)).isEqualTo(RFC_SECRET);
	}

}
