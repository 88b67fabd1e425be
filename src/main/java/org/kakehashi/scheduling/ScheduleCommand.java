package org.kakehashi.scheduling;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * {@code schedule INSTANCE.json -o SCHEDULE.json [--time-limit SECONDS] [--seed N]}:
 * solves a contract instance file and writes the schedule file. Exit 0 on success, 2 on
 * bad input (nothing is written), 1 on any other failure. The output is written to a
 * temporary file first and moved into place, so a failed run never leaves a half-written
 * schedule.
 */
public final class ScheduleCommand {

	static final String USAGE = "usage: schedule INSTANCE.json -o SCHEDULE.json [--time-limit SECONDS] [--seed N]";

	private ScheduleCommand() {
	}

	/**
	 * @param args the arguments after the word "schedule"
	 */
	public static int run(List<String> args, PrintStream out, PrintStream err) {
		long started = System.nanoTime();
		Arguments parsed;
		Instance instance;
		try {
			parsed = Arguments.parse(args);
			instance = SchedulingFiles.readInstance(parsed.instance());
		}
		catch (IllegalArgumentException e) {
			err.println("schedule: " + e.getMessage());
			return 2;
		}
		catch (NoSuchFileException e) {
			err.println("schedule: no such file: " + e.getFile());
			return 2;
		}
		catch (IOException e) {
			err.println("schedule: cannot read the instance: " + e);
			return 2;
		}
		catch (RuntimeException e) {
			err.println("schedule: failed reading the instance: " + e);
			return 1;
		}
		try {
			SolveOptions options = SolveOptions.defaults()
				.withSeed(parsed.seed())
				.withTimeLimit(solverShare(parsed.timeLimit(), System.nanoTime() - started));
			SchedulingResult result = new MeetingScheduler().schedule(instance, options);
			writeAtomically(result.schedule(), parsed.output());
			out.println(summary(result.stats(), System.nanoTime() - started));
			return 0;
		}
		catch (IOException | RuntimeException e) {
			err.println("schedule: failed: " + e);
			return 1;
		}
	}

	/**
	 * The time limit covers the whole command, so the solver gets what reading left over,
	 * minus a margin for writing the schedule.
	 */
	private static Duration solverShare(Duration limit, long spentNanos) {
		long left = limit.toNanos() - spentNanos;
		return Duration.ofNanos(Math.max(left - Math.min(left / 20, 1_000_000_000L), limit.toNanos() / 10));
	}

	static String summary(SolveStats stats, long nanos) {
		return String.format(Locale.ROOT, "placed %d / total %d meetings in %.2f s (priority 1: %d/%d)", stats.placed(),
				stats.total(), nanos / 1e9, stats.placed(1), stats.total(1));
	}

	private static void writeAtomically(Schedule schedule, Path output) throws IOException {
		Path temp = output.resolveSibling("." + output.getFileName() + ".tmp");
		try {
			SchedulingFiles.writeSchedule(schedule, temp);
			Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	record Arguments(Path instance, Path output, Duration timeLimit, long seed) {

		static Arguments parse(List<String> args) {
			Path instance = null;
			Path output = null;
			Duration limit = SolveOptions.DEFAULT_TIME_LIMIT;
			long seed = 0;
			for (int i = 0; i < args.size(); i++) {
				String arg = args.get(i);
				switch (arg) {
					case "-o", "--output" -> output = Path.of(value(args, ++i, arg));
					case "--time-limit" -> limit = seconds(value(args, ++i, arg));
					case "--seed" -> seed = number(value(args, ++i, arg), arg);
					default -> {
						if (arg.startsWith("-") || instance != null) {
							throw new IllegalArgumentException("unexpected argument '" + arg + "'\n" + USAGE);
						}
						instance = Path.of(arg);
					}
				}
			}
			if (instance == null || output == null) {
				throw new IllegalArgumentException(
						(instance == null ? "missing INSTANCE.json" : "missing -o SCHEDULE.json") + "\n" + USAGE);
			}
			return new Arguments(instance, output, limit, seed);
		}

		private static String value(List<String> args, int i, String option) {
			if (i >= args.size()) {
				throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
			}
			return args.get(i);
		}

		private static Duration seconds(String text) {
			try {
				double seconds = Double.parseDouble(text);
				if (!(seconds > 0) || seconds > 86_400) {
					throw new NumberFormatException();
				}
				return Duration.ofNanos((long) (seconds * 1e9));
			}
			catch (NumberFormatException e) {
				throw new IllegalArgumentException(
						"--time-limit must be a positive number of seconds, got '" + text + "'");
			}
		}

		private static long number(String text, String option) {
			try {
				return Long.parseLong(text);
			}
			catch (NumberFormatException e) {
				throw new IllegalArgumentException(option + " must be an integer, got '" + text + "'");
			}
		}
	}

}
