package org.kakehashi.scheduling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The instance compiled to int and bitset arrays for the solver. Slots are re-indexed in
 * start order, so that "between two meetings of a day" is a range of slot indices.
 * Availability and each meeting's feasible slots are bitsets of {@link #words} longs.
 */
final class IndexedInstance {

	final Instance instance;

	final int slots;

	final int participants;

	final int meetings;

	final int words;

	final Slot[] slot;

	final int[] tables;

	final int[] dayOf;

	final int[] posInDay;

	final int[][] daySlots;

	final int[] priority;

	final int[] partStart;

	final int[] parts;

	final int[] meetStart;

	final int[] meetOf;

	final long[] available;

	final long[] feasible;

	final int[] feasibleCount;

	final Map<String, Integer> slotIndex;

	final Map<String, Integer> meetingIndex;

	IndexedInstance(Instance instance) {
		this.instance = instance;
		slot = instance.slots()
			.stream()
			.sorted(Comparator.comparing(Slot::start).thenComparing(Slot::id))
			.toArray(Slot[]::new);
		slots = slot.length;
		participants = instance.participants().size();
		meetings = instance.meetings().size();
		words = Math.max(1, (slots + 63) >>> 6);
		slotIndex = HashMap.newHashMap(slots);
		tables = new int[slots];
		for (int s = 0; s < slots; s++) {
			slotIndex.put(slot[s].id(), s);
			tables[s] = slot[s].tables();
		}
		dayOf = new int[slots];
		posInDay = new int[slots];
		daySlots = indexDays();
		available = indexAvailability();
		Map<String, Integer> participantIndex = HashMap.newHashMap(participants);
		for (int p = 0; p < participants; p++) {
			participantIndex.put(instance.participants().get(p).id(), p);
		}
		meetingIndex = HashMap.newHashMap(meetings);
		priority = new int[meetings];
		partStart = new int[meetings + 1];
		parts = indexParts(participantIndex);
		feasible = new long[meetings * words];
		feasibleCount = new int[meetings];
		indexFeasible();
		meetStart = new int[participants + 1];
		meetOf = indexMeetingsOfParticipants();
	}

	private int[][] indexDays() {
		TreeMap<LocalDate, List<Integer>> byDay = new TreeMap<>();
		for (int s = 0; s < slots; s++) {
			byDay.computeIfAbsent(slot[s].day(), d -> new ArrayList<>()).add(s);
		}
		int[][] days = new int[byDay.size()][];
		int d = 0;
		for (List<Integer> list : byDay.values()) {
			days[d] = list.stream().mapToInt(Integer::intValue).toArray();
			for (int i = 0; i < days[d].length; i++) {
				dayOf[days[d][i]] = d;
				posInDay[days[d][i]] = i;
			}
			d++;
		}
		return days;
	}

	private long[] indexAvailability() {
		long[] bits = new long[participants * words];
		for (int p = 0; p < participants; p++) {
			ParticipantAvailability participant = instance.participants().get(p);
			if (participant.availableForAll()) {
				for (int s = 0; s < slots; s++) {
					Bits.set(bits, p * words, s);
				}
			}
			else {
				for (String id : participant.available()) {
					Bits.set(bits, p * words, slotIndex.get(id));
				}
			}
		}
		return bits;
	}

	private int[] indexParts(Map<String, Integer> participantIndex) {
		int total = 0;
		for (int m = 0; m < meetings; m++) {
			total += instance.meetings().get(m).participants().size();
		}
		int[] result = new int[total];
		int at = 0;
		for (int m = 0; m < meetings; m++) {
			Meeting meeting = instance.meetings().get(m);
			meetingIndex.put(meeting.id(), m);
			priority[m] = meeting.priority();
			partStart[m] = at;
			for (String p : meeting.participants()) {
				result[at++] = participantIndex.get(p);
			}
		}
		partStart[meetings] = at;
		return result;
	}

	private void indexFeasible() {
		for (int m = 0; m < meetings; m++) {
			int count = 0;
			for (int w = 0; w < words; w++) {
				long bits = -1L;
				for (int i = partStart[m]; i < partStart[m + 1]; i++) {
					bits &= available[parts[i] * words + w];
				}
				feasible[m * words + w] = bits;
				count += Long.bitCount(bits);
			}
			feasibleCount[m] = count;
		}
	}

	private int[] indexMeetingsOfParticipants() {
		for (int m = 0; m < meetings; m++) {
			for (int i = partStart[m]; i < partStart[m + 1]; i++) {
				meetStart[parts[i] + 1]++;
			}
		}
		for (int p = 0; p < participants; p++) {
			meetStart[p + 1] += meetStart[p];
		}
		int[] fill = Arrays.copyOf(meetStart, participants);
		int[] result = new int[parts.length];
		for (int m = 0; m < meetings; m++) {
			for (int i = partStart[m]; i < partStart[m + 1]; i++) {
				result[fill[parts[i]]++] = m;
			}
		}
		return result;
	}

	String meetingId(int m) {
		return instance.meetings().get(m).id();
	}

	String participantId(int p) {
		return instance.participants().get(p).id();
	}

	int availableCount(int p) {
		return Bits.count(available, p * words, words);
	}

	int degree(int p) {
		return meetStart[p + 1] - meetStart[p];
	}

}
