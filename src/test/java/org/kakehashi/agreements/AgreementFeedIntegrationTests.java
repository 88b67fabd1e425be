package org.kakehashi.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.kakehashi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The calendar feed: the address with the cluster's token works without sign-in; others
 * do not.
 */
@IntegrationTest
class AgreementFeedIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void theFeedWithTheClustersTokenParsesAndHoldsTheAgreementDates() throws Exception {
		String url = feedUrlShownTo("manager.biom", "biom");

		var response = mvc.get().uri(url.substring(url.indexOf("/feeds/"))).exchange();

		assertThat(response).hasStatusOk().hasContentTypeCompatibleWith("text/calendar");
		Calendar calendar = new CalendarBuilder()
			.build(new StringReader(response.getResponse().getContentAsString(StandardCharsets.UTF_8)));
		List<VEvent> events = calendar.getComponents("VEVENT");
		List<String> uids = events.stream().map(e -> e.getUid().orElseThrow().getValue()).toList();
		assertThat(uids)
			.contains("biom-kawasaki-2020-signed@kakehashi", "biom-kawasaki-2020-ends@kakehashi",
					"biom-obhq-2015-signed@kakehashi")
			.noneMatch(u -> u.startsWith("lsn-fbri"));
		VEvent ends = events.stream()
			.filter(e -> e.getUid().orElseThrow().getValue().equals("biom-kawasaki-2020-ends@kakehashi"))
			.findFirst()
			.orElseThrow();
		assertThat(ends.getDateTimeStart().getValue()).isEqualTo("20230210");
		assertThat(events.stream()
			.filter(e -> e.getUid().orElseThrow().getValue().equals("biom-kawasaki-2020-signed@kakehashi"))
			.findFirst()
			.orElseThrow()
			.getProperty("RRULE")).isPresent();
	}

	@Test
	void aWrongOrMissingTokenReadsAsNoSuchFeed() {
		String url = feedUrlShownTo("manager.lsn", "lsn");
		String token = url.substring(url.indexOf("token=") + 6);

		assertThat(mvc.get().uri("/feeds/clusters/lsn/agreements.ics?token=wrong" + token)).hasStatus(404);
		assertThat(mvc.get().uri("/feeds/clusters/lsn/agreements.ics")).hasStatus(404);
		assertThat(mvc.get().uri("/feeds/clusters/biom/agreements.ics?token=" + token)).hasStatus(404);
		assertThat(mvc.get().uri("/feeds/clusters/lsn/agreements.ics?token=" + token)).hasStatusOk();
	}

	@Test
	void onlyTheClustersManagersSeeTheAddressAndMayReplaceIt() {
		assertThat(mvc.get().uri("/agreements?party=lsn").with(as(users, "manager.biom"))).bodyText()
			.doesNotContain("/feeds/clusters/lsn/agreements.ics");
		assertThat(mvc.get().uri("/agreements?party=lsn").with(as(users, "member.lsn"))).bodyText()
			.doesNotContain("/feeds/clusters/lsn/agreements.ics");
		assertThat(mvc.post().uri("/agreements/feeds/lsn/rotate").with(as(users, "manager.biom")).with(csrf()))
			.hasStatus(403);
		assertThat(mvc.post().uri("/agreements/feeds/lsn/rotate").with(as(users, "member.lsn")).with(csrf()))
			.hasStatus(403);
	}

	@Test
	void replacingTheTokenRetiresTheOldAddress() {
		String old = feedUrlShownTo("manager.kobe", "fbri");

		assertThat(mvc.post().uri("/agreements/feeds/fbri/rotate").with(as(users, "manager.kobe")).with(csrf()))
			.hasStatus3xxRedirection();

		assertThat(mvc.get().uri(old.substring(old.indexOf("/feeds/")))).hasStatus(404);
		String renewed = feedUrlShownTo("manager.kobe", "fbri");
		assertThat(renewed).isNotEqualTo(old);
		assertThat(mvc.get().uri(renewed.substring(renewed.indexOf("/feeds/")))).hasStatusOk();
	}

	private String feedUrlShownTo(String manager, String cluster) {
		try {
			String page = mvc.get()
				.uri("/agreements?party=" + cluster)
				.with(as(users, manager))
				.exchange()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			return page.replaceAll("(?s).*<code>([^<]+agreements\\.ics\\?token=[0-9a-f]+)</code>.*", "$1");
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
