package org.kakehashi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** KAKEHASHI_TRUSTED_PROXIES as operators write it, and as Tomcat reads it. */
class TrustedProxiesConfigTests {

	@Test
	void bareAddressesBecomeOneAddressBlocksNotPatterns() {
		assertThat(TrustedProxiesConfig.asCidrList("10.0.0.5, 2001:db8::1,172.16.0.0/12"))
			.isEqualTo("10.0.0.5/32, 2001:db8::1/128, 172.16.0.0/12");
	}

	@Test
	void anEmptySettingTrustsNobody() {
		assertThat(TrustedProxiesConfig.asCidrList(" ")).isEmpty();
	}

}
