package org.kakehashi.bench.scheduling;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.kakehashi.scheduling.Instance;
import org.kakehashi.scheduling.Meeting;
import org.kakehashi.scheduling.ParticipantAvailability;
import org.kakehashi.scheduling.Slot;

/**
 * Realistic partnering-event instances, deterministic per seed: participants' popularity
 * is heavy-tailed (Pareto), so a few big pharma/investor delegations get far more requests
 * than they have slots; about a third can attend only part of the event (arrive late,
 * leave early, blocked hours); ~5% of meetings are 3-4-party; priorities 20/50/30 %.
 */
public final class InstanceGenerator {

	/** One benchmark scale. */
	public record Scale(String name, int participants, int meetings, int days, int slotsPerDay, int tables) {
	}

	public static final Scale SMALL = new Scale("small", 300, 800, 2, 18, 18);
	public static final Scale BIO_EUROPE = new Scale("bio-europe", 6_000, 33_000, 3, 18, 700);
	public static final Scale BIO_INTERNATIONAL = new Scale("bio-international", 20_000, 65_000, 4, 18, 1_100);

	private static final double PARETO_ALPHA = 1.3;

	private InstanceGenerator() {
	}

	public static Instance generate(Scale scale, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		List<Slot> slots = slots(scale);
		List<ParticipantAvailability> participants = new ArrayList<>(scale.participants());
		for (int p = 0; p < scale.participants(); p++) {
			participants.add(participant(p, scale, slots, random));
		}
		double[] popularity = cumulative(scale.participants(), random, PARETO_ALPHA);
		double[] activity = cumulative(scale.participants(), random, 2.5);
		List<Meeting> meetings = new ArrayList<>(scale.meetings());
		HashSet<Long> pairs = new HashSet<>();
		while (meetings.size() < scale.meetings()) {
			int requester = pick(activity, random);
			int target = pick(popularity, random);
			long key = (long) Math.min(requester, target) * scale.participants() + Math.max(requester, target);
			if (requester == target || !pairs.add(key)) {
				continue;
			}
			List<String> parties = new ArrayList<>(List.of("p-" + requester, "p-" + target));
			if (random.nextDouble() < 0.05) {
				addColleagues(parties, random.nextInt(1, 3), popularity, random);
			}
			meetings.add(new Meeting("m-" + meetings.size(), parties, priority(random)));
		}
		return new Instance(scale.name() + "-" + seed, slots, participants, meetings);
	}

	private static List<Slot> slots(Scale scale) {
		List<Slot> slots = new ArrayList<>();
		OffsetDateTime first = OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.ofHours(1));
		for (int d = 0; d < scale.days(); d++) {
			for (int i = 0; i < scale.slotsPerDay(); i++) {
				OffsetDateTime start = first.plusDays(d).plusMinutes(30L * i);
				slots.add(new Slot("d" + (d + 1) + "-" + String.format("%02d%02d", start.getHour(), start.getMinute()),
						start, 30, scale.tables()));
			}
		}
		return slots;
	}

	private static ParticipantAvailability participant(int p, Scale scale, List<Slot> slots, SplittableRandom random) {
		String id = "p-" + p;
		if (random.nextDouble() < 0.65) {
			return ParticipantAvailability.alwaysAvailable(id);
		}
		int firstDay = random.nextDouble() < 0.3 ? random.nextInt(scale.days()) : 0;
		int lastDay = random.nextDouble() < 0.3 ? random.nextInt(firstDay, scale.days()) : scale.days() - 1;
		int blockedDay = random.nextInt(scale.days());
		int blockStart = random.nextInt(scale.slotsPerDay());
		int blockLength = random.nextInt(2, 7);
		List<String> available = new ArrayList<>();
		for (int d = firstDay; d <= lastDay; d++) {
			for (int i = 0; i < scale.slotsPerDay(); i++) {
				boolean blocked = d == blockedDay && i >= blockStart && i < blockStart + blockLength;
				if (!blocked) {
					available.add(slots.get(d * scale.slotsPerDay() + i).id());
				}
			}
		}
		return new ParticipantAvailability(id, available);
	}

	/** Cumulative Pareto weights for sampling with a heavy tail. */
	private static double[] cumulative(int n, SplittableRandom random, double alpha) {
		double[] cumulative = new double[n];
		double sum = 0;
		for (int i = 0; i < n; i++) {
			sum += Math.min(Math.pow(1 - random.nextDouble(), -1 / alpha), 400);
			cumulative[i] = sum;
		}
		return cumulative;
	}

	private static int pick(double[] cumulative, SplittableRandom random) {
		double x = random.nextDouble() * cumulative[cumulative.length - 1];
		int i = java.util.Arrays.binarySearch(cumulative, x);
		return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
	}

	private static void addColleagues(List<String> parties, int count, double[] popularity, SplittableRandom random) {
		while (count > 0) {
			String extra = "p-" + pick(popularity, random);
			if (!parties.contains(extra)) {
				parties.add(extra);
				count--;
			}
		}
	}

	private static int priority(SplittableRandom random) {
		double x = random.nextDouble();
		return x < 0.2 ? 1 : x < 0.7 ? 2 : 3;
	}
}
