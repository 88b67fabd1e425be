package org.kakehashi.bench.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.kakehashi.thesaurus.Thesaurus;

/**
 * Partner-search evaluation and benchmark: {@code ./bench/run search [eval|perf|all] [orgs] [clients] [seconds]},
 * {@code ./bench/run search independent} for the blind evaluation set (production thesaurus, aggregates
 * only), {@code ./bench/run search tuning} for the second blind set, written to tune on, or {@code ./bench/run search demo de:Zelltherapie ja:抗体 ...} to see results on the evaluation corpus.
 * Uses the evaluation vocabulary in src/bench/resources/search (the production thesaurus is
 * being written elsewhere); writes a report to bench/results/.
 */
public final class SearchBenchmark {

	static final Path RESOURCES = Path.of("src/bench/resources/search");

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String mode = args.length > 0 ? args[0] : "all";
		if (mode.equals("demo")) {
			demo(evaluationThesaurus(), List.of(args).subList(1, args.length));
			return;
		}
		if (mode.equals("tuning")) {
			// the second blind set, kept to tune on; "independent" stays for reporting
			String report = "# Partner search, tuning set " + LocalDateTime.now() + "\n\n"
					+ new IndependentEvaluation(productionThesaurus(), IndependentEvaluation.TUNING).run();
			System.out.print(report);
			write(report);
			return;
		}
		if (mode.equals("independent")) {
			// the blind set measures what ships: the production vocabulary, never the benchmark's own
			String report = "# Partner search, independent set " + LocalDateTime.now() + "\n\n"
					+ new IndependentEvaluation(productionThesaurus()).run();
			System.out.print(report);
			write(report);
			return;
		}
		int orgs = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
		int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
		int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
		Thesaurus thesaurus = evaluationThesaurus();
		StringBuilder report = new StringBuilder();
		report.append("# Partner search benchmark ").append(LocalDateTime.now()).append('\n');
		report.append("java ").append(System.getProperty("java.version")).append(", max heap ")
			.append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MB, processors ")
			.append(Runtime.getRuntime().availableProcessors()).append(", vocabulary ").append(thesaurus.size())
			.append(" concepts\n\n");
		if (mode.equals("eval") || mode.equals("all")) {
			report.append(new RelevanceEvaluation(thesaurus).run()).append('\n');
			System.out.print(report);
		}
		if (mode.equals("perf") || mode.equals("all")) {
			String perf = new PerformanceRun(thesaurus, orgs, clients, seconds).run();
			System.out.print(perf);
			report.append(perf);
		}
		write(report.toString());
	}

	private static void write(String report) throws IOException {
		Path out = Path.of("bench/results",
				"search-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		System.out.println("report: " + out);
	}

	/** Prints the top results with reasons and highlights for queries given as "lang:text". */
	private static void demo(Thesaurus thesaurus, List<String> queries) throws Exception {
		try (var index = org.kakehashi.search.engine.PartnerIndex.open(org.kakehashi.search.engine.IndexStorage.inMemory(),
				thesaurus)) {
			index.upsertAll(EvaluationCorpus.load().profiles().stream().map(EvaluationCorpus.Profile::organization).toList());
			for (String q : queries) {
				String[] lt = q.split(":", 2);
				var results = index.search(org.kakehashi.search.engine.SearchQuery.of(lt[1], lt[0], 3));
				System.out.printf("%n%s (%s) total %d%n", lt[1], results.lang(), results.total());
				results.hits().forEach(h -> System.out.printf("  %-6s %5.1f %s why=%s %s%n", h.id(), h.score(), h.name(),
						h.why().stream().map(w -> w.label()).toList(), h.highlights()));
			}
		}
	}

	/**
	 * The vocabulary the evaluation runs with: the benchmark's own 58-concept file by default, or
	 * the production thesaurus with {@code -Dthesaurus=production} (BENCH_JAVA_OPTS).
	 */
	static Thesaurus evaluationThesaurus() throws IOException {
		if ("production".equals(System.getProperty("thesaurus"))) {
			return productionThesaurus();
		}
		try (InputStream in = Files.newInputStream(RESOURCES.resolve("eval-concepts.jsonl"))) {
			return new Thesaurus(Thesaurus.read(in));
		}
	}

	/**
	 * The thesaurus that ships, or with {@code -Dthesaurus.file=PATH} another version of
	 * it (an older commit's, to measure what the vocabulary added).
	 */
	static Thesaurus productionThesaurus() throws IOException {
		String file = System.getProperty("thesaurus.file");
		if (file == null) {
			return Thesaurus.loadDefault();
		}
		try (InputStream in = Files.newInputStream(Path.of(file))) {
			return new Thesaurus(Thesaurus.read(in));
		}
	}

	static List<String> lines(String file) throws IOException {
		return Files.readAllLines(RESOURCES.resolve(file))
			.stream()
			.map(String::strip)
			.filter(l -> !l.isEmpty() && !l.startsWith("#"))
			.toList();
	}

}
