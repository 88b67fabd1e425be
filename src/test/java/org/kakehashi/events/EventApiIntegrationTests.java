package org.kakehashi.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.DemoUsers.ADMIN_API_KEY;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.ApiCalls;
import org.kakehashi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every operation of the events API (docs/api.md), each with its answer and the problem
 * types it documents, as the organisers' and participants' own API keys see them.
 */
@IntegrationTest
class EventApiIntegrationTests {

	private static final String PROBLEM = "urn:kakehashi:problem:";

	@Autowired
	MockMvcTester mvc;

	ApiCalls api;

	String organizer;

	String memberBiom;

	String memberOsaka;

	String memberLsn;

	@BeforeEach
	void keys() {
		api = new ApiCalls(mvc);
		organizer = key("manager.biom");
		memberBiom = key("member.biom");
		memberOsaka = key("member.osaka");
		memberLsn = key("member.lsn");
	}

	@Test
	void organisersCreateReadAndChangeAnEventWithItsVersion() {
		String id = newEvent();

		assertThat(api.post("/api/v1/events", organizer, event(id, "Europe/Berlin"))).hasStatus(409)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo(PROBLEM + "duplicate");
		assertThat(api.post("/api/v1/events", memberBiom, event("api-member-" + System.nanoTime(), "Europe/Berlin")))
			.hasStatus(403)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo(PROBLEM + "forbidden");

		MvcTestResult read = api.get("/api/v1/events/" + id, memberOsaka);
		assertThat(read).hasStatusOk();
		String draft = ApiCalls.body(read);
		assertThat((String) JsonPath.read(draft, "$.startsAt")).isEqualTo("2027-03-10T08:00:00");
		String renamed = draft.replace("API partnering " + id, "Renamed " + id);
		assertThat(api.put("/api/v1/events/" + id, organizer, renamed)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.names.en")
			.isEqualTo("Renamed " + id);
		assertThat(api.put("/api/v1/events/" + id, organizer, renamed)).hasStatus(409)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo(PROBLEM + "concurrent-edit");
		assertThat(api.put("/api/v1/events/" + id, memberBiom, renamed)).hasStatus(403);
		assertThat(api.get("/api/v1/events", memberBiom)).hasStatusOk()
			.bodyJson()
			.extractingPath("$[?(@.id == '" + id + "')].organizers[0]")
			.asArray()
			.containsExactly("biom");
	}

	@Test
	void slotsAreGeneratedByOrganisersOnlyAndRefuseImpossiblePlans() {
		String id = newEvent();

		assertThat(api.post("/api/v1/events/" + id + "/slots", organizer, slots(3))).hasStatus(201)
			.bodyJson()
			.extractingPath("$.added")
			.isEqualTo(3);
		assertThat(api.get("/api/v1/events/" + id + "/slots", memberBiom)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.length()")
			.isEqualTo(3);
		assertThat(api.post("/api/v1/events/" + id + "/slots", memberBiom, slots(1))).hasStatus(403);
		MvcTestResult tooShort = api.post("/api/v1/events/" + id + "/slots", organizer,
				"{\"days\":[\"2027-03-10\"],\"starts\":[\"09:00\"],\"minutes\":2,\"tables\":1}");
		assertThat(tooShort).hasStatus(422).bodyJson().extractingPath("$.type").isEqualTo(PROBLEM + "validation");
		assertThat(tooShort).bodyJson().extractingPath("$.errors[0].field").isEqualTo("minutes");
	}

	@Test
	void participantsRegisterAskForAMeetingAndTheReceiverBooksIt() {
		String id = newEvent();
		api.post("/api/v1/events/" + id + "/slots", organizer, slots(2));
		long biom = participant(api.post("/api/v1/events/" + id + "/registrations", memberBiom, "{}"));
		long osaka = participant(api.post("/api/v1/events/" + id + "/registrations", memberOsaka, ""));

		assertThat(api.get("/api/v1/events/" + id + "/participants", memberBiom)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.length()")
			.isEqualTo(2);
		assertThat(api.get("/api/v1/events/" + id + "/participants", memberLsn)).hasStatus(403);

		MvcTestResult asked = api.post("/api/v1/events/" + id + "/requests", memberBiom,
				"{\"receiver\": " + osaka + ", \"message\": \"Licensing / ライセンス\"}");
		assertThat(asked).hasStatus(201).bodyJson().extractingPath("$.status").isEqualTo("pending");
		long request = ((Number) JsonPath.read(ApiCalls.body(asked), "$.id")).longValue();
		long slot = ((Number) JsonPath.read(ApiCalls.body(api.get("/api/v1/events/" + id + "/slots", memberOsaka)),
				"$[0].id"))
			.longValue();

		assertThat(api.post("/api/v1/events/" + id + "/requests/" + request + "/accept", memberLsn, "{}"))
			.hasStatus(403);
		assertThat(api.post("/api/v1/events/" + id + "/requests/" + request + "/accept", memberOsaka,
				"{\"slot\": " + slot + "}"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("accepted");
		assertThat(api.post("/api/v1/events/" + id + "/requests/" + request + "/decline", memberOsaka, "{}"))
			.hasStatus(409)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo(PROBLEM + "wrong-state");
		assertThat(api.post("/api/v1/events/" + id + "/requests", memberBiom, "{\"receiver\": " + biom + "}"))
			.hasStatus4xxClientError();
		assertThat(api.post("/api/v1/events/" + id + "/requests", memberBiom, "{\"receiver\": 999999999}"))
			.hasStatus(404)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo(PROBLEM + "not-found");
		assertThat(api.post("/api/v1/events/nope-" + System.nanoTime() + "/requests/" + request + "/accept",
				memberOsaka, "{}"))
			.hasStatus(404);
	}

	@Test
	void aDeclinedRequestCannotBeAcceptedAnyMore() {
		String id = newEvent();
		api.post("/api/v1/events/" + id + "/slots", organizer, slots(1));
		participant(api.post("/api/v1/events/" + id + "/registrations", memberBiom, ""));
		long osaka = participant(api.post("/api/v1/events/" + id + "/registrations", memberOsaka, ""));
		long request = ((Number) JsonPath.read(
				ApiCalls
					.body(api.post("/api/v1/events/" + id + "/requests", memberBiom, "{\"receiver\": " + osaka + "}")),
				"$.id"))
			.longValue();

		assertThat(api.post("/api/v1/events/" + id + "/requests/" + request + "/decline", memberOsaka, ""))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("declined");
		assertThat(api.post("/api/v1/events/" + id + "/requests/" + request + "/accept", memberOsaka, ""))
			.hasStatus(409)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo(PROBLEM + "wrong-state");
	}

	@Test
	void organisersRunFollowAndCancelTheScheduler() {
		String id = newEvent();
		api.post("/api/v1/events/" + id + "/slots", organizer, slots(2));

		MvcTestResult started = api.post("/api/v1/events/" + id + "/schedule-runs", organizer, "{\"seconds\": 5}");
		assertThat(started).hasStatus(202);
		long run = ((Number) JsonPath.read(ApiCalls.body(started), "$.id")).longValue();
		assertThat(api.get("/api/v1/events/" + id + "/schedule-runs", organizer)).hasStatusOk()
			.bodyJson()
			.extractingPath("$[0].id")
			.isEqualTo((int) run);
		assertThat(api.get("/api/v1/events/" + id + "/schedule-runs/" + run, organizer)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.eventId")
			.isEqualTo(id);
		MvcTestResult cancelled = api.post("/api/v1/events/" + id + "/schedule-runs/" + run + "/cancel", organizer, "");
		// an empty event's run may have finished already: then the cancel is refused as
		// such
		assertThat(cancelled.getResponse().getStatus()).isIn(202, 409);

		assertThat(api.post("/api/v1/events/" + id + "/schedule-runs", memberBiom, "")).hasStatus(403);
		assertThat(api.get("/api/v1/events/" + id + "/schedule-runs", memberBiom)).hasStatus(403);
		MvcTestResult tooLong = api.post("/api/v1/events/" + id + "/schedule-runs", organizer, "{\"seconds\": 3600}");
		assertThat(tooLong).hasStatus(422).bodyJson().extractingPath("$.errors[0].field").isEqualTo("seconds");
		assertThat(api.get("/api/v1/events/" + id + "/schedule-runs/999999999", organizer)).hasStatus(404);
	}

	private String newEvent() {
		String id = "api-flow-" + System.nanoTime();
		assertThat(api.post("/api/v1/events", organizer, event(id, "Europe/Berlin"))).hasStatus(201)
			.bodyJson()
			.extractingPath("$.id")
			.isEqualTo(id);
		return id;
	}

	private static String event(String id, String zone) {
		return """
				{"id": "%s", "kind": "partnering-conference", "nameEn": "API partnering %s", "timeZone": "%s",
				 "startsAt": "2027-03-10T08:00:00", "endsAt": "2027-03-10T18:00:00", "city": "München",
				 "country": "DE", "organizers": ["biom"]}""".formatted(id, id, zone);
	}

	private static String slots(int count) {
		StringBuilder starts = new StringBuilder();
		for (int i = 0; i < count; i++) {
			starts.append(i == 0 ? "" : ",").append("\"").append(String.format("%02d:00", 9 + i)).append("\"");
		}
		return "{\"days\":[\"2027-03-10\"],\"starts\":[" + starts + "],\"minutes\":30,\"tables\":2}";
	}

	private static long participant(MvcTestResult registered) {
		assertThat(registered).hasStatus(201);
		return ((Number) JsonPath.read(ApiCalls.body(registered), "$.id")).longValue();
	}

	private String key(String username) {
		MvcTestResult result = api.post("/api/v1/api-keys", ADMIN_API_KEY, "{\"username\": \"" + username + "\"}");
		assertThat(result).hasStatus(201);
		return JsonPath.read(ApiCalls.body(result), "$.key");
	}

}
