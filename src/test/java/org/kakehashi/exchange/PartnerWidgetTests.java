package org.kakehashi.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kakehashi.exchange.internal.WidgetLoads;

/** Logos as initials, and only a referrer's site kept as evidence. */
class PartnerWidgetTests {

	@Test
	void initialsOfTwoWordsAndOfOneWord() {
		assertThat(PartnerWidget.initials("Osaka Bio Headquarters")).isEqualTo("OB");
		assertThat(PartnerWidget.initials("BioM")).isEqualTo("BI");
		assertThat(PartnerWidget.initials("大阪バイオ・ヘッドクオーター")).isEqualTo("大阪");
	}

	@Test
	void onlyTheOriginOfAReferrerIsKept() {
		assertThat(WidgetLoads.origin("https://www.bio-m.org/en/partners?x=1#top")).isEqualTo("https://www.bio-m.org");
		assertThat(WidgetLoads.origin("http://localhost:8081/page")).isEqualTo("http://localhost:8081");
	}

	@Test
	void referrersThatAreNoWebSitesAreIgnored() {
		assertThat(WidgetLoads.origin(null)).isNull();
		assertThat(WidgetLoads.origin("")).isNull();
		assertThat(WidgetLoads.origin("file:///etc/passwd")).isNull();
		assertThat(WidgetLoads.origin("not a url")).isNull();
	}

}
