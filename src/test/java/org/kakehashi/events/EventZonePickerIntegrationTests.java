package org.kakehashi.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kakehashi.DemoUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.ApiCalls;
import org.kakehashi.IntegrationTest;
import org.kakehashi.accounts.AccountService;
import org.kakehashi.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The event form and the guest registration take the time zone from a list of names in
 * the reader's language (issue 15): "Tokyo" typed by hand used to be refused or end in a
 * 500.
 */
@IntegrationTest
class EventZonePickerIntegrationTests {

	/** The option of Asia/Tokyo, chosen. */
	static final String TOKYO_SELECTED = "<option[^>]*value=\"Asia/Tokyo\"[^>]*selected[^>]*>";

	@Autowired
	EventService events;

	@Autowired
	RegistrationService registrations;

	@Autowired
	MeetingRequestService requests;

	@Autowired
	AccountService accounts;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	PartneringFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new PartneringFixture(events, registrations, requests, accounts);
	}

	@Test
	void theEventFormNamesTheZonesInGermanAndJapanese() {
		String de = page("/events/new", "manager.biom", "de");
		String ja = page("/events/new", "manager.osaka", "ja");

		assertThat(de).containsPattern("<select[^>]*id=\"timeZone\"")
			.contains("Häufig gewählt")
			.contains(">Berlin (Mitteleuropäische Zeit)</option>")
			.contains(">Tokio (Japanische Zeit)</option>")
			.doesNotContain(">Asia/Tokyo<")
			.doesNotContain("<input id=\"timeZone\"");
		assertThat(de.indexOf("Tokio (Japanische Zeit)")).isLessThan(de.indexOf("Wien (Mitteleuropäische Zeit)"));
		assertThat(ja).contains("よく使われるタイムゾーン").contains(">東京（日本時間）</option>").contains(">ベルリン（中央ヨーロッパ時間）</option>");
	}

	@Test
	void anEventIsCreatedInTheChosenZone() {
		String id = "zone-pick-" + System.nanoTime();

		MvcTestResult result = create(id, "Asia/Tokyo", "2027-05-10T09:00", "2027-05-10T18:00", "de");

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/events/" + id);
		Event event = events.event(id);
		assertThat(event.timeZone()).isEqualTo("Asia/Tokyo");
		// the instant is what is stored (PostgreSQL hands it back in UTC); in Tokyo it is
		// 9:00
		assertThat(event.startsAt().atZoneSameInstant(ZoneId.of("Asia/Tokyo")).toLocalTime())
			.isEqualTo(LocalTime.of(9, 0));
	}

	@Test
	void anUnknownZoneIsAFieldErrorInTheReadersLanguageAndKeepsTheInput() {
		String id = "zone-typed-" + System.nanoTime();

		MvcTestResult de = create(id, "Tokyo", "2027-05-10T09:00", "2027-05-10T18:00", "de");
		MvcTestResult ja = create(id, "Tokyo", "2027-05-10T09:00", "2027-05-10T18:00", "ja");

		assertThat(de).hasStatusOk().hasViewName("events/form");
		assertThat(ApiCalls.body(de)).contains("Bitte eine Zeitzone aus der Liste wählen.")
			.contains("value=\"Zone test " + id + "\"")
			.contains("aria-describedby=\"timeZone-error\"");
		assertThat(ApiCalls.body(ja)).contains("一覧からタイムゾーンを選んでください。");
		assertThatThrownBy(() -> events.event(id)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void theChosenZoneStaysChosenWhenAnotherFieldIsWrong() {
		String id = "zone-kept-" + System.nanoTime();

		MvcTestResult result = create(id, "Asia/Tokyo", "2027-05-10T18:00", "2027-05-10T09:00", "de");

		assertThat(result).hasStatusOk().hasViewName("events/form");
		assertThat(ApiCalls.body(result)).containsPattern(TOKYO_SELECTED)
			.doesNotContainPattern("<option[^>]*value=\"Europe/Berlin\"[^>]*selected[^>]*>");
	}

	@Test
	void theGuestFormNamesTheZonesAndRegistersTheChosenOne() {
		Event event = fixture.event("guest-zone", EventKind.PARTNERING_CONFERENCE, 1, 1);
		String participants = "/events/" + event.id() + "/participants";

		String ja = page(participants, "manager.biom", "ja");
		MvcTestResult posted = mvc.post()
			.uri("/events/{id}/guests", event.id())
			.with(as(users, "manager.biom"))
			.with(csrf())
			.header("Accept-Language", "de")
			.param("organization", "kawasaki-0002")
			.param("timeZone", "Asia/Tokyo")
			.exchange();

		assertThat(ja).containsPattern("<select[^>]*id=\"guestZone\"")
			.containsPattern("<select[^>]*name=\"timeZone\"")
			.contains(">東京（日本時間）</option>")
			.containsPattern("<option[^>]*value=\"Europe/Berlin\"[^>]*selected[^>]*>");
		assertThat(posted).hasStatus3xxRedirection()
			.hasRedirectedUrl(participants)
			.flash()
			.containsEntry("message", "registration.guestAdded");
		assertThat(registrations.participants(fixture.user("manager.biom"), event.id()))
			.filteredOn(p -> "kawasaki-0002".equals(p.organizationId()))
			.singleElement()
			.extracting(Participant::timeZone)
			.isEqualTo("Asia/Tokyo");
	}

	@Test
	void aGuestWithAnUnknownZoneIsAFieldErrorAndNoParticipant() {
		Event event = fixture.event("guest-typed", EventKind.PARTNERING_CONFERENCE, 1, 1);

		MvcTestResult posted = mvc.post()
			.uri("/events/{id}/guests", event.id())
			.with(as(users, "manager.biom"))
			.with(csrf())
			.header("Accept-Language", "ja")
			.param("organization", "kawasaki-0002")
			.param("timeZone", "Tokyo")
			.exchange();

		assertThat(posted).hasStatusOk().hasViewName("events/participants");
		assertThat(ApiCalls.body(posted)).contains("一覧からタイムゾーンを選んでください。").contains("value=\"kawasaki-0002\"");
		assertThat(registrations.participants(fixture.user("manager.biom"), event.id())).isEmpty();
	}

	private MvcTestResult create(String id, String zone, String startsAt, String endsAt, String language) {
		return mvc.post()
			.uri("/events")
			.with(as(users, "manager.biom"))
			.with(csrf())
			.header("Accept-Language", language)
			.param("id", id)
			.param("kind", EventKind.PARTNERING_CONFERENCE.code())
			.param("nameEn", "Zone test " + id)
			.param("timeZone", zone)
			.param("startsAt", startsAt)
			.param("endsAt", endsAt)
			.param("organizers", "biom")
			.param("version", "0")
			.exchange();
	}

	private String page(String uri, String user, String language) {
		MvcTestResult result = mvc.get().uri(uri).header("Accept-Language", language).with(as(users, user)).exchange();
		assertThat(result).hasStatusOk();
		return ApiCalls.body(result);
	}

}
