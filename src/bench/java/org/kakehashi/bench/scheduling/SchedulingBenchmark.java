package org.kakehashi.bench.scheduling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kakehashi.bench.scheduling.InstanceGenerator.Scale;
import org.kakehashi.scheduling.Instance;
import org.kakehashi.scheduling.MeetingScheduler;
import org.kakehashi.scheduling.Schedule;
import org.kakehashi.scheduling.SchedulingFiles;
import org.kakehashi.scheduling.SolveOptions;

/**
 * {@code ./bench/run scheduling [--scales small,bio-europe,bio-international] [--seed N]
 * [--time-limit SECONDS] [--write-instances DIR] [--skip-timefold]}: generates each scale,
 * runs greedy first-fit, the Timefold baseline and our scheduler with the same time budget,
 * computes the upper bounds and prints (and saves under bench/results/) a Markdown table.
 */
public final class SchedulingBenchmark {

	private static final List<Scale> SCALES = List.of(InstanceGenerator.SMALL, InstanceGenerator.BIO_EUROPE,
			InstanceGenerator.BIO_INTERNATIONAL);

	record Row(String scale, String solver, Metrics metrics, int bound, int p1Bound, double seconds, long heapMb,
			String note) {
	}

	public static void main(String[] args) throws Exception {
		Options options = Options.parse(args);
		List<Row> rows = new ArrayList<>();
		for (Scale scale : SCALES) {
			if (options.scales().contains(scale.name())) {
				rows.addAll(runScale(scale, options));
			}
		}
		String table = table(rows);
		System.out.println(table);
		Path results = Path.of("bench/results");
		Files.createDirectories(results);
		String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
		Files.writeString(results.resolve("scheduling-" + stamp + ".md"), table);
	}

	private static List<Row> runScale(Scale scale, Options options) throws Exception {
		Instance instance = InstanceGenerator.generate(scale, options.seed());
		if (options.instanceDir() != null) {
			Files.createDirectories(options.instanceDir());
			SchedulingFiles.writeInstance(instance, options.instanceDir().resolve(scale.name() + "-" + options.seed() + ".json"));
		}
		Duration limit = options.timeLimit() != null ? options.timeLimit()
				: Duration.ofSeconds(scale == InstanceGenerator.SMALL ? 10 : 30);
		System.err.printf("%s: %d participants, %d meetings, %d slots, time limit %ds%n", scale.name(),
				instance.participants().size(), instance.meetings().size(), instance.slots().size(), limit.toSeconds());
		List<Measured> runs = new ArrayList<>();
		runs.add(measure("greedy first-fit", () -> new Outcome(GreedyBaseline.solve(instance), "")));
		if (!options.skipTimefold()) {
			runs.add(measure("Timefold 2.2.0", () -> timefold(instance, limit, options.seed())));
		}
		runs.add(measure("ours", () -> new Outcome(new MeetingScheduler().solve(instance,
				SolveOptions.defaults().withSeed(options.seed()).withTimeLimit(limit)), "")));
		int bestPlaced = runs.stream().mapToInt(r -> Metrics.of(instance, r.schedule()).placed()).max().orElse(0);
		int bestP1 = runs.stream().mapToInt(r -> Metrics.of(instance, r.schedule()).placedPriority1()).max().orElse(0);
		long t0 = System.nanoTime();
		UpperBound.Result bound = new UpperBound(instance, m -> true).compute(bestPlaced, 300, Duration.ofSeconds(60));
		UpperBound.Result p1 = new UpperBound(instance, m -> m.priority() == 1).compute(bestP1, 300,
				Duration.ofSeconds(60));
		System.err.printf("  bounds %s / p1 %s in %.1fs%n", bound, p1, (System.nanoTime() - t0) / 1e9);
		List<Row> rows = new ArrayList<>();
		for (Measured r : runs) {
			rows.add(new Row(scale.name(), r.name(), Metrics.of(instance, r.schedule()), bound.bound(), p1.bound(),
					r.seconds(), r.heapMb(), r.note()));
		}
		return rows;
	}

	private static Outcome timefold(Instance instance, Duration limit, long seed) {
		TimefoldBaseline.Result result = TimefoldBaseline.solve(instance, limit, seed);
		Schedule repaired = Metrics.repaired(instance, result.slotOf());
		int dropped = result.slotOf().size() - repaired.assignments().size();
		return new Outcome(repaired, "score " + result.score() + (dropped > 0 ? ", " + dropped + " dropped" : ""));
	}

	record Outcome(Schedule schedule, String note) {
	}

	record Measured(String name, Schedule schedule, double seconds, long heapMb, String note) {
	}

	private static Measured measure(String name, Callable<Outcome> solver) throws Exception {
		System.err.println("  running " + name);
		try (HeapSampler heap = new HeapSampler()) {
			long t0 = System.nanoTime();
			Outcome outcome = solver.call();
			double seconds = (System.nanoTime() - t0) / 1e9;
			heap.close();
			return new Measured(name, outcome.schedule(), seconds, heap.peakMegabytes(), outcome.note());
		}
	}

	static String table(List<Row> rows) {
		StringBuilder out = new StringBuilder();
		out.append("| scale | solver | placed | % of bound (bound) | priority 1 placed / bound | idle gaps")
			.append(" | gaps per participant-day | time s | peak heap MB | valid | note |\n")
			.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
		for (Row r : rows) {
			Metrics m = r.metrics();
			out.append(String.format(Locale.ROOT, "| %s | %s | %d | %.2f %% (%d) | %d / %d (%.2f %%) | %d | %.3f | %.1f | %d | %s | %s |%n",
					r.scale(), r.solver(), m.placed(), 100.0 * m.placed() / r.bound(), r.bound(), m.placedPriority1(),
					r.p1Bound(), 100.0 * m.placedPriority1() / r.p1Bound(), m.idleGaps(),
					m.idleGaps() / (double) Math.max(1, m.participantDays()), r.seconds(), r.heapMb(),
					m.violations() == 0 ? "yes" : m.violations() + " violations", r.note()));
		}
		return out.toString();
	}

	record Options(List<String> scales, long seed, Duration timeLimit, Path instanceDir, boolean skipTimefold) {

		static Options parse(String[] args) {
			List<String> scales = SCALES.stream().map(Scale::name).toList();
			long seed = 1;
			Duration limit = null;
			Path dir = null;
			boolean skipTimefold = false;
			for (int i = 0; i < args.length; i++) {
				switch (args[i]) {
					case "--scales" -> scales = Arrays.asList(args[++i].split(","));
					case "--seed" -> seed = Long.parseLong(args[++i]);
					case "--time-limit" -> limit = Duration.ofMillis((long) (Double.parseDouble(args[++i]) * 1000));
					case "--write-instances" -> dir = Path.of(args[++i]);
					case "--skip-timefold" -> skipTimefold = true;
					default -> throw new IllegalArgumentException("unknown argument " + args[i]);
				}
			}
			return new Options(scales, seed, limit, dir, skipTimefold);
		}
	}
}
