package org.kakehashi.bench.jazzer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The long run of the fuzz tests (issue 15, ADR 0017): each importer (JSON Lines, CSV,
 * XLSX) and upload check is fuzzed by Jazzer's own driver, the same {@code @FuzzTest}
 * method the suite runs on its inputs, for a number of executions. Each target runs in a
 * JVM of its own (libFuzzer ends the process at the end of a run) and keeps its corpus
 * under {@code bench/results/jazzer/<target>/corpus}, so a later run starts where this
 * one stopped; the seeds and earlier findings in the test resources are read too. A
 * finding is written next to the corpus as {@code crash-…}: copy it into the test's
 * {@code …Inputs/<method>} folder once fixed, so the suite keeps it.
 *
 * <pre>./bench/run jazzer [targets=all|jsonl,csv,xlsx,post-attachment,request-attachment,agreement-document]
 *                     [executions=10000000] [max-seconds-per-target=0 (no limit)]</pre>
 */
public final class JazzerBenchmark {

	record Target(String name, String testClass, String method) {
	}

	static final List<Target> TARGETS = List.of(
			new Target("jsonl", "org.kakehashi.directory.internal.ImportFuzzTests", "jsonLines"),
			new Target("csv", "org.kakehashi.directory.internal.ImportFuzzTests", "csv"),
			new Target("xlsx", "org.kakehashi.directory.internal.ImportFuzzTests", "xlsx"),
			new Target("post-attachment", "org.kakehashi.exchange.internal.PostAttachmentFuzzTests", "check"),
			new Target("request-attachment", "org.kakehashi.requests.internal.RequestAttachmentFuzzTests", "check"),
			new Target("agreement-document", "org.kakehashi.agreements.AgreementDocumentFuzzTests", "check"));

	record Result(Target target, long executions, long seconds, int exitCode, String finding) {

		boolean clean() {
			return exitCode == 0 && finding.isEmpty();
		}

	}

	private static final Pattern DONE = Pattern.compile("Done (\\d+) runs in (\\d+) second");

	private static final Pattern STAT = Pattern.compile("stat::number_of_executed_units: (\\d+)");

	private JazzerBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String names = args.length > 0 ? args[0] : "all";
		long executions = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000;
		long maxSeconds = args.length > 2 ? Long.parseLong(args[2]) : 0;
		List<Target> targets = names.equals("all") ? TARGETS
				: Arrays.stream(names.split(","))
					.map(n -> TARGETS.stream()
						.filter(t -> t.name().equals(n))
						.findFirst()
						.orElseThrow(() -> new IllegalArgumentException("no target " + n)))
					.toList();
		List<Result> results = new ArrayList<>();
		for (Target target : targets) {
			Result result = run(target, executions, maxSeconds);
			System.out.printf("%s: %,d executions in %d s, exit %d %s%n", target.name(), result.executions(),
					result.seconds(), result.exitCode(), result.finding());
			results.add(result);
		}
		String report = report(results, executions, maxSeconds);
		Path file = Path.of("bench/results",
				"jazzer-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
		Files.writeString(file, report);
		System.out.println(report);
		System.out.println("written to " + file);
		System.exit(results.stream().allMatch(Result::clean) ? 0 : 1);
	}

	private static Result run(Target target, long executions, long maxSeconds)
			throws IOException, InterruptedException {
		Path dir = Path.of("bench/results/jazzer", target.name()).toAbsolutePath();
		Path corpus = dir.resolve("corpus");
		Files.createDirectories(corpus);
		Path log = dir.resolve("log-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
		String javaCommand = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(javaCommand, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
				"com.code_intelligence.jazzer.Jazzer", "--target_class=" + target.testClass(),
				"--target_method=" + target.method(), "-runs=" + executions,
				// a single input taking 10 s is a hang; 3 GB resident is running away
				"-timeout=10", "-rss_limit_mb=3072", "-print_final_stats=1", "-artifact_prefix=" + dir + "/"));
		if (maxSeconds > 0) {
			command.add("-max_total_time=" + maxSeconds);
		}
		command.add(corpus.toString());
		long start = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		int exit = process.waitFor();
		long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
		// line by line: a target whose library logs each refusal (POI) leaves a log of
		// hundreds of megabytes
		long done = -1;
		String finding = "";
		try (BufferedReader lines = Files.newBufferedReader(log, StandardCharsets.ISO_8859_1)) {
			String line;
			while ((line = lines.readLine()) != null) {
				Matcher m = line.startsWith("stat::") ? STAT.matcher(line) : DONE.matcher(line);
				if (m.find()) {
					done = Long.parseLong(m.group(1));
				}
				if (finding.isEmpty() && (line.startsWith("== Java Exception:") || line.startsWith("ERROR: libFuzzer:"))) {
					finding = line;
				}
			}
		}
		return new Result(target, done, seconds, exit, finding);
	}

	private static String report(List<Result> results, long executions, long maxSeconds) {
		StringBuilder out = new StringBuilder("# Jazzer fuzzing " + LocalDateTime.now() + "\n\njava "
				+ System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
				+ " cores; asked: " + executions + " executions per target"
				+ (maxSeconds > 0 ? ", at most " + maxSeconds + " s each" : "") + "\n\n"
				+ "| target | executions | seconds | executions/s | crashes | note |\n| --- | ---: | ---: | ---: | ---: | --- |\n");
		for (Result r : results) {
			out.append(String.format("| %s | %,d | %d | %,d | %d | %s |%n", r.target().name(), r.executions(),
					r.seconds(), r.seconds() > 0 ? r.executions() / r.seconds() : r.executions(), r.clean() ? 0 : 1,
					r.clean() ? "" : "exit " + r.exitCode() + " " + r.finding()));
		}
		return out.toString();
	}

}
