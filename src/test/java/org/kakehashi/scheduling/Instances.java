package org.kakehashi.scheduling;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Small instances for tests: a day of slots, everyone available unless told otherwise.
 * Public for the events module's tests, which need a real solve that runs for a while.
 */
public final class Instances {

	static final OffsetDateTime DAY_ONE = OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.ofHours(1));

	private Instances() {
	}

	/** Slots s-0.. of 30 minutes; slots past slotsPerDay continue on the next day. */
	static List<Slot> slots(int days, int slotsPerDay, int tables) {
		List<Slot> slots = new ArrayList<>();
		for (int d = 0; d < days; d++) {
			for (int i = 0; i < slotsPerDay; i++) {
				slots.add(new Slot("s-" + slots.size(), DAY_ONE.plusDays(d).plusMinutes(30L * i), 30, tables));
			}
		}
		return slots;
	}

	static List<ParticipantAvailability> everyone(int count) {
		List<ParticipantAvailability> list = new ArrayList<>();
		for (int p = 0; p < count; p++) {
			list.add(ParticipantAvailability.alwaysAvailable("p-" + p));
		}
		return list;
	}

	static Meeting meeting(String id, int priority, String... participants) {
		return new Meeting(id, List.of(participants), priority);
	}

	/** A random instance with partial availability, 3-party meetings and tight tables. */
	public static Instance random(long seed, int participants, int meetings, int slotCount, int tables) {
		Random random = new Random(seed);
		List<Slot> slots = slots(1, slotCount, tables);
		List<ParticipantAvailability> people = new ArrayList<>();
		for (int p = 0; p < participants; p++) {
			if (random.nextInt(3) == 0) {
				List<String> available = new ArrayList<>();
				slots.stream().filter(s -> random.nextInt(4) != 0).forEach(s -> available.add(s.id()));
				people.add(new ParticipantAvailability("p-" + p, available));
			}
			else {
				people.add(ParticipantAvailability.alwaysAvailable("p-" + p));
			}
		}
		List<Meeting> list = new ArrayList<>();
		for (int m = 0; m < meetings; m++) {
			Set<String> parties = new HashSet<>();
			int size = random.nextInt(10) == 0 ? 3 : 2;
			while (parties.size() < size) {
				int p = random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(participants);
				parties.add("p-" + p);
			}
			list.add(new Meeting("m-" + m, List.copyOf(parties), 1 + random.nextInt(3)));
		}
		return new Instance("random-" + seed, slots, people, list);
	}

}
