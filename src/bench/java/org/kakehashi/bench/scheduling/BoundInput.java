package org.kakehashi.bench.scheduling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.kakehashi.scheduling.Instance;
import org.kakehashi.scheduling.Meeting;
import org.kakehashi.scheduling.ParticipantAvailability;
import org.kakehashi.scheduling.Slot;

/**
 * The instance as arrays for the bounds, built independently of the solver's own index so
 * that a bug there cannot make the bound agree with it.
 */
final class BoundInput {

	final int slots;
	final int participants;
	final int meetings;
	final int words;
	final int[] tables;
	final int[][] parts;
	final long[] feasible;
	final int[][] feasibleList;
	final int[][] meetingsOf;
	final int[][] daySlots;

	BoundInput(Instance instance, Predicate<Meeting> which) {
		List<Slot> slotList = instance.slots();
		slots = slotList.size();
		words = Math.max(1, (slots + 63) >>> 6);
		tables = slotList.stream().mapToInt(Slot::tables).toArray();
		Map<String, Integer> slotIndex = new HashMap<>();
		TreeMap<LocalDate, List<Integer>> days = new TreeMap<>();
		for (int s = 0; s < slots; s++) {
			slotIndex.put(slotList.get(s).id(), s);
			days.computeIfAbsent(slotList.get(s).day(), d -> new ArrayList<>()).add(s);
		}
		daySlots = days.values().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
		participants = instance.participants().size();
		Map<String, Integer> participantIndex = new HashMap<>();
		long[] available = new long[participants * words];
		for (ParticipantAvailability p : instance.participants()) {
			int i = participantIndex.size();
			participantIndex.put(p.id(), i);
			for (int s = 0; s < slots; s++) {
				if (p.available() == null || p.available().contains(slotList.get(s).id())) {
					available[i * words + (s >>> 6)] |= 1L << s;
				}
			}
		}
		List<Meeting> chosen = instance.meetings().stream().filter(which).toList();
		meetings = chosen.size();
		parts = new int[meetings][];
		feasible = new long[meetings * words];
		feasibleList = new int[meetings][];
		List<List<Integer>> of = new ArrayList<>();
		for (int p = 0; p < participants; p++) {
			of.add(new ArrayList<>());
		}
		for (int m = 0; m < meetings; m++) {
			parts[m] = chosen.get(m).participants().stream().mapToInt(participantIndex::get).toArray();
			List<Integer> list = new ArrayList<>();
			for (int s = 0; s < slots; s++) {
				boolean ok = true;
				for (int p : parts[m]) {
					ok &= (available[p * words + (s >>> 6)] & (1L << s)) != 0;
				}
				if (ok) {
					list.add(s);
					feasible[m * words + (s >>> 6)] |= 1L << s;
				}
			}
			feasibleList[m] = list.stream().mapToInt(Integer::intValue).toArray();
			for (int p : parts[m]) {
				of.get(p).add(m);
			}
		}
		meetingsOf = of.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
	}
}
