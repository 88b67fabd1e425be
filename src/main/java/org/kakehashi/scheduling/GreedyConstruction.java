package org.kakehashi.scheduling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Places meetings one by one: priority 1 first, and within a priority the most
 * constrained first (fewest slots all participants can attend, then the busiest
 * participant), each into its free slot that adds the fewest idle gaps.
 */
final class GreedyConstruction {

	private final Placement pl;

	private final SplittableRandom random;

	GreedyConstruction(Placement pl, SplittableRandom random) {
		this.pl = pl;
		this.random = random;
	}

	void run() {
		for (int m : order()) {
			int s = SlotChoice.best(pl, m);
			if (s != Placement.NONE) {
				pl.place(m, s);
			}
		}
		pl.commit();
	}

	private int[] order() {
		IndexedInstance in = pl.in;
		double[] load = new double[in.participants];
		for (int p = 0; p < in.participants; p++) {
			load[p] = in.degree(p) / (double) Math.max(1, in.availableCount(p));
		}
		List<Candidate> list = new ArrayList<>();
		for (int m = 0; m < in.meetings; m++) {
			if (pl.slotOf[m] == Placement.NONE && in.feasibleCount[m] > 0) {
				double maxLoad = 0;
				for (int i = in.partStart[m]; i < in.partStart[m + 1]; i++) {
					maxLoad = Math.max(maxLoad, load[in.parts[i]]);
				}
				list.add(new Candidate(m, in.priority[m], in.feasibleCount[m], maxLoad, random.nextInt()));
			}
		}
		list.sort(Comparator.comparingInt(Candidate::priority)
			.thenComparingInt(Candidate::slots)
			.thenComparing(Comparator.comparingDouble(Candidate::load).reversed())
			.thenComparingInt(Candidate::tieBreak));
		return list.stream().mapToInt(Candidate::meeting).toArray();
	}

	private record Candidate(int meeting, int priority, int slots, double load, int tieBreak) {
	}

}
