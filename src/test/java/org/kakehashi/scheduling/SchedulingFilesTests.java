package org.kakehashi.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SchedulingFilesTests {

	private static final String INSTANCE = """
			{"event": "bio-europe-2026", "venue": "ignored",
			 "slots": [
			   {"id": "d1-0900", "start": "2026-11-02T09:00:00+01:00", "minutes": 30, "tables": 120},
			   {"id": "d1-0930", "start": "2026-11-02T09:30:00+01:00", "minutes": 30, "tables": 120}],
			 "participants": [{"id": "p-17", "available": ["d1-0900", "d1-0930"], "name": "x"}, {"id": "p-18"},
			   {"id": "p-20"}, {"id": "p-21"}],
			 "meetings": [{"id": "m-1", "participants": ["p-17", "p-18"], "priority": 1},
			   {"id": "m-2", "participants": ["p-17", "p-20", "p-21"]}]}
			""";

	@Test
	void readsTheContractExampleAndIgnoresUnknownFields() {
		Instance instance = read(INSTANCE);
		assertThat(instance.event()).isEqualTo("bio-europe-2026");
		assertThat(instance.slots()).extracting(Slot::tables).containsExactly(120, 120);
		assertThat(instance.participants().get(1).availableForAll()).isTrue();
		assertThat(instance.meetings()).extracting(Meeting::priority).containsExactly(1, 2);
	}

	@Test
	void instanceAndScheduleSurviveARoundTrip() {
		Instance instance = read(INSTANCE);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SchedulingFiles.writeInstance(instance, out);
		assertThat(read(out.toString(StandardCharsets.UTF_8))).isEqualTo(instance);
		Schedule schedule = new MeetingScheduler().solve(instance, SolveOptions.defaults());
		ByteArrayOutputStream written = new ByteArrayOutputStream();
		SchedulingFiles.writeSchedule(schedule, written);
		assertThat(SchedulingFiles.readSchedule(new ByteArrayInputStream(written.toByteArray()))).isEqualTo(schedule);
	}

	@Test
	void rejectsAnUnknownSlotNamingTheParticipant() {
		assertRejected(INSTANCE.replace("[\"d1-0900\", \"d1-0930\"]", "[\"d9-0900\"]"), "p-17", "d9-0900");
	}

	@Test
	void rejectsAnUnknownParticipantNamingTheMeeting() {
		assertRejected(INSTANCE.replace("\"p-20\", \"p-21\"]", "\"p-99\"]"), "m-2", "p-99");
	}

	@Test
	void rejectsDuplicateIds() {
		assertRejected(INSTANCE.replace("{\"id\": \"p-18\"}", "{\"id\": \"p-17\"}"), "duplicate participant", "p-17");
		assertRejected(INSTANCE.replace("\"id\": \"m-2\"", "\"id\": \"m-1\""), "duplicate meeting", "m-1");
		assertRejected(INSTANCE.replace("\"id\": \"d1-0930\"", "\"id\": \"d1-0900\""), "duplicate slot", "d1-0900");
	}

	@Test
	void rejectsAMeetingWithFewerThanTwoDistinctParticipants() {
		assertRejected(INSTANCE.replace("[\"p-17\", \"p-18\"]", "[\"p-17\", \"p-17\"]"), "m-1", "two distinct");
	}

	@Test
	void rejectsNegativeTables() {
		assertRejected(INSTANCE.replace("\"tables\": 120}]", "\"tables\": -1}]"), "d1-0930", "negative tables");
	}

	@Test
	void rejectsMissingFieldsNamingTheItem() {
		assertRejected(INSTANCE.replace("\"minutes\": 30, \"tables\": 120}]", "\"minutes\": 30}]"), "d1-0930",
				"'tables'");
		assertRejected(INSTANCE.replace("{\"id\": \"p-18\"}", "{}"), "participants[1]", "'id'");
		assertRejected(INSTANCE.replace("\"meetings\"", "\"meetingz\""), "'meetings'");
	}

	@Test
	void rejectsBadJsonAndBadValues() {
		assertRejected(INSTANCE.substring(0, 200), "bad instance JSON");
		assertRejected(INSTANCE.replace("\"tables\": 120}]", "\"tables\": \"many\"}]"), "slots[1].tables");
		assertRejected(INSTANCE.replace("2026-11-02T09:30:00+01:00", "tomorrow"), "d1-0930", "tomorrow");
	}

	private static void assertRejected(String json, String... namedInMessage) {
		assertThatThrownBy(() -> read(json)).isInstanceOf(InvalidInstanceException.class)
			.message()
			.contains(namedInMessage);
	}

	private static Instance read(String json) {
		return SchedulingFiles.readInstance(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
	}

}
