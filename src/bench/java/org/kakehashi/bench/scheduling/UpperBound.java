package org.kakehashi.bench.scheduling;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.Predicate;
import org.kakehashi.scheduling.Instance;
import org.kakehashi.scheduling.Meeting;

/**
 * A provable upper bound on how many meetings any schedule can place, by Lagrangian
 * duality of the LP relaxation.
 *
 * <p>LP: max Σ x[m,s] over feasible (m,s), with Σ_s x[m,s] ≤ 1 per meeting,
 * Σ_{m∋p} x[m,s] ≤ 1 per participant and slot, Σ_m x[m,s] ≤ tables[s] per slot, x ≥ 0.
 * Every schedule is an integral point of it. For any multipliers λ[s] ≥ 0, μ[p,s] ≥ 0,
 * <pre>B(λ,μ) = Σ_s tables[s]·λ[s] + Σ_{p,s} μ[p,s] + Σ_m max(0, max_{s∈F(m)} (1 − λ[s] − Σ_{p∈m} μ[p,s]))</pre>
 * is the objective of a feasible LP-dual solution (u[m] is the inner max), so by weak
 * duality B ≥ LP optimum ≥ any schedule's placed count — whatever multipliers we end
 * with. Projected subgradient with Polyak steps minimises B; its minimum equals the LP
 * optimum, so the reported bound is the LP bound up to the remaining convergence gap (it
 * can only err on the loose side, never the invalid side). floor(B) is also a bound since
 * placed counts are integers. The descent starts from the integral dual solution of
 * {@link CoverBound}, so the result is never worse than that combinatorial bound. The same bound over priority-1 meetings alone bounds the
 * priority-1 meetings any schedule can place.
 */
public final class UpperBound {

	public record Result(int bound, int coverBound, double lagrangianValue, int iterations) {
	}

	private final BoundInput in;

	public UpperBound(Instance instance, Predicate<Meeting> which) {
		in = new BoundInput(instance, which);
	}

	/**
	 * @param target a known achievable count (any feasible schedule's); only steers step sizes
	 */
	public Result compute(int target, int maxIterations, Duration timeLimit) {
		long deadline = System.nanoTime() + timeLimit.toNanos();
		CoverBound cover = new CoverBound(in);
		int coverBound = cover.compute(4);
		double[] lambda = cover.lambda();
		double[] mu = cover.mu();
		int[] slotCount = new int[in.slots];
		int[] cellCount = new int[in.participants * in.slots];
		double best = Double.MAX_VALUE;
		double theta = 0.1;
		int sinceBest = 0;
		int it = 0;
		while (it < maxIterations && System.nanoTime() < deadline && theta > 1e-4
				&& Math.min(coverBound, Math.floor(best + 1e-6)) > target) {
			it++;
			Arrays.fill(slotCount, 0);
			Arrays.fill(cellCount, 0);
			double value = evaluate(lambda, mu, slotCount, cellCount);
			if (value < best - 1e-9) {
				best = value;
				sinceBest = 0;
			}
			else if (++sinceBest >= 20) {
				theta /= 2;
				sinceBest = 0;
			}
			step(lambda, mu, slotCount, cellCount, theta * Math.max(value - target, 0.5));
		}
		int bound = (int) Math.min(coverBound, Math.floor(best + 1e-6));
		return new Result(bound, coverBound, best, it);
	}

	private double evaluate(double[] lambda, double[] mu, int[] slotCount, int[] cellCount) {
		int slots = in.slots;
		double value = 0;
		for (int s = 0; s < slots; s++) {
			value += in.tables[s] * lambda[s];
		}
		for (double v : mu) {
			value += v;
		}
		for (int m = 0; m < in.meetings; m++) {
			double bestProfit = 0;
			int bestSlot = -1;
			for (int s : in.feasibleList[m]) {
				double profit = 1 - lambda[s];
				for (int p : in.parts[m]) {
					profit -= mu[p * slots + s];
				}
				if (profit > bestProfit) {
					bestProfit = profit;
					bestSlot = s;
				}
			}
			if (bestSlot >= 0) {
				value += bestProfit;
				slotCount[bestSlot]++;
				for (int p : in.parts[m]) {
					cellCount[p * slots + bestSlot]++;
				}
			}
		}
		return value;
	}

	/** Projected subgradient step of Polyak length: gap / |g|². */
	private void step(double[] lambda, double[] mu, int[] slotCount, int[] cellCount, double gap) {
		double norm = 0;
		for (int s = 0; s < in.slots; s++) {
			double g = in.tables[s] - slotCount[s];
			if (lambda[s] > 0 || g < 0) {
				norm += g * g;
			}
		}
		for (int i = 0; i < mu.length; i++) {
			double g = 1 - cellCount[i];
			if (mu[i] > 0 || g < 0) {
				norm += g * g;
			}
		}
		if (norm == 0) {
			return;
		}
		double t = gap / norm;
		for (int s = 0; s < in.slots; s++) {
			lambda[s] = Math.max(0, lambda[s] - t * (in.tables[s] - slotCount[s]));
		}
		for (int i = 0; i < mu.length; i++) {
			mu[i] = Math.max(0, mu[i] - t * (1 - cellCount[i]));
		}
	}
}
