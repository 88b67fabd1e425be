package org.kakehashi.scheduling;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes of the contract files, bound loosely (every field nullable) so that a
 * missing field can be reported by name and position instead of as a binding error.
 */
final class ContractDocuments {

	private ContractDocuments() {
	}

	record InstanceDoc(@Nullable String event, @Nullable List<SlotDoc> slots,
			@Nullable List<ParticipantDoc> participants, @Nullable List<MeetingDoc> meetings) {

		Instance toInstance() {
			List<SlotDoc> s = required(slots, "instance", "slots");
			List<ParticipantDoc> p = required(participants, "instance", "participants");
			List<MeetingDoc> m = required(meetings, "instance", "meetings");
			List<Slot> slotList = new ArrayList<>(s.size());
			for (int i = 0; i < s.size(); i++) {
				slotList.add(element(s, i, "slots").toSlot(i));
			}
			List<ParticipantAvailability> participantList = new ArrayList<>(p.size());
			for (int i = 0; i < p.size(); i++) {
				participantList.add(element(p, i, "participants").toParticipant(i));
			}
			List<Meeting> meetingList = new ArrayList<>(m.size());
			for (int i = 0; i < m.size(); i++) {
				meetingList.add(element(m, i, "meetings").toMeeting(i));
			}
			return new Instance(required(event, "instance", "event"), slotList, participantList, meetingList);
		}
	}

	record SlotDoc(@Nullable String id, @Nullable String start, @Nullable Integer minutes, @Nullable Integer tables) {

		Slot toSlot(int index) {
			String where = "slots[" + index + "]";
			String slotId = required(id, where, "id");
			String label = "slot '" + slotId + "'";
			return new Slot(slotId, parseStart(label, required(start, label, "start")),
					required(minutes, label, "minutes"), required(tables, label, "tables"));
		}

		private static OffsetDateTime parseStart(String label, String text) {
			try {
				return OffsetDateTime.parse(text);
			}
			catch (DateTimeParseException e) {
				throw new InvalidInstanceException(label + ": start '" + text
						+ "' is not an ISO date-time with offset (e.g. 2026-11-02T09:00:00+01:00)");
			}
		}
	}

	record ParticipantDoc(@Nullable String id, @Nullable List<String> available) {

		ParticipantAvailability toParticipant(int index) {
			return new ParticipantAvailability(required(id, "participants[" + index + "]", "id"), available);
		}
	}

	record MeetingDoc(@Nullable String id, @Nullable List<String> participants, @Nullable Integer priority) {

		Meeting toMeeting(int index) {
			String meetingId = required(id, "meetings[" + index + "]", "id");
			List<String> parties = required(participants, "meeting '" + meetingId + "'", "participants");
			return new Meeting(meetingId, parties, priority == null ? Meeting.DEFAULT_PRIORITY : priority);
		}
	}

	record ScheduleDoc(@Nullable String event, @Nullable List<AssignmentDoc> assignments,
			@Nullable List<String> unscheduled) {

		Schedule toSchedule() {
			List<AssignmentDoc> a = required(assignments, "schedule", "assignments");
			List<Assignment> list = new ArrayList<>(a.size());
			for (int i = 0; i < a.size(); i++) {
				list.add(element(a, i, "assignments").toAssignment(i));
			}
			return new Schedule(required(event, "schedule", "event"), list,
					required(unscheduled, "schedule", "unscheduled"));
		}
	}

	record AssignmentDoc(@Nullable String meeting, @Nullable String slot, @Nullable Integer table) {

		Assignment toAssignment(int index) {
			String where = "assignments[" + index + "]";
			return new Assignment(required(meeting, where, "meeting"), required(slot, where, "slot"),
					required(table, where, "table"));
		}
	}

	static <T> T required(@Nullable T value, String where, String field) {
		if (value == null) {
			throw new InvalidInstanceException(where + ": missing field '" + field + "'");
		}
		return value;
	}

	private static <T> T element(List<T> list, int index, String name) {
		return required(list.get(index), name + "[" + index + "]", "(object)");
	}

}
