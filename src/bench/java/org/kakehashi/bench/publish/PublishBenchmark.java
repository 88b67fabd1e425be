package org.kakehashi.bench.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.kakehashi.KakehashiApplication;
import org.kakehashi.events.ScheduleService;
import org.kakehashi.events.internal.RunRepository;
import org.kakehashi.events.internal.RunRepository.RunAssignment;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.Role;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Storing a solver run and publishing a schedule at BIO-International scale, through the real
 * code paths ({@code RunRepository.finish}, {@code ScheduleService.publish}) on a running
 * application (no web server, no demo data). The event, its 72 slots of 1,000 tables, the
 * participants and the accepted requests are written straight into the tables (they are the
 * fixture, not what is measured); a greedy first-fit gives a valid placement for every meeting
 * that fits. The fixture event is deleted afterwards.
 *
 * <pre>./bench/run publish [--participants 20000] [--meetings 65000] [--seed 1]
 *     [--url jdbc:postgresql://127.0.0.1:5432/kh_bench] [--user postgres] [--password '']</pre>
 */
public final class PublishBenchmark {

	static final CurrentUser ADMIN = new CurrentUser(0, "admin", "Benchmark", Role.ADMIN, null, null);

	static final int DAYS = 4;

	static final int SLOTS_PER_DAY = 18;

	static final int TABLES = 1000;

	public static void main(String[] args) throws Exception {
		Map<String, String> opts = options(args);
		int participants = Integer.parseInt(opts.getOrDefault("participants", "20000"));
		int meetings = Integer.parseInt(opts.getOrDefault("meetings", "65000"));
		long seed = Long.parseLong(opts.getOrDefault("seed", "1"));
		String url = opts.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/kh_bench");
		Path work = Files.createTempDirectory("kh-bench-publish");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KakehashiApplication.class)
			.web(WebApplicationType.NONE)
			.run("--spring.datasource.url=" + url, "--spring.datasource.username=" + opts.getOrDefault("user", "postgres"),
					"--spring.datasource.password=" + opts.getOrDefault("password", ""), "--kakehashi.demo.enabled=false",
					"--kakehashi.data-dir=" + work.resolve("data"), "--kakehashi.search.index-dir=" + work.resolve("index"),
					"--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			String eventId = "bench-publish-" + Long.toString(System.currentTimeMillis(), 36);
			try {
				String result = run(context, jdbc, eventId, participants, meetings, seed);
				System.out.println(result);
				Path results = Path.of("bench/results/publish-" + LocalDate.now() + ".md");
				Files.createDirectories(results.getParent());
				Files.writeString(results, result + "\n");
				System.out.println("written to " + results);
			}
			finally {
				jdbc.update("delete from event where id = ?", eventId);
			}
		}
	}

	private static String run(ConfigurableApplicationContext context, JdbcTemplate jdbc, String eventId,
			int participantCount, int meetingCount, long seed) {
		long fixtureStart = System.nanoTime();
		List<Long> slots = slots(jdbc, eventId);
		List<Long> participants = participants(jdbc, eventId, participantCount);
		Random random = new Random(seed);
		List<long[]> requests = requests(jdbc, eventId, participants, meetingCount, random);
		List<RunAssignment> placed = new ArrayList<>();
		Map<Long, String> unplaced = new HashMap<>();
		place(requests, participants, slots, placed, unplaced);
		KeyHolder keys = new GeneratedKeyHolder();
		JdbcClient.create(jdbc).sql("""
				insert into schedule_run (event_id, started_by, started_at, status, source, total)
				values (?, 'admin', ?, 'running', 'solver', ?)""").params(eventId, now(), requests.size()).update(keys, "id");
		long runId = keys.getKeyAs(Long.class);
		double fixture = seconds(fixtureStart);
		System.out.printf("fixture: %,d participants, %,d requests, %,d placeable, %.1f s%n", participants.size(),
				requests.size(), placed.size(), fixture);

		RunRepository runs = context.getBean(RunRepository.class);
		TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
		long start = System.nanoTime();
		transactions.executeWithoutResult(
				tx -> runs.finish(runId, placed, unplaced, requests.size(), 0, "time-limit"));
		double store = seconds(start);
		System.out.printf("stored the run in %.1f s%n", store);

		ScheduleService schedules = context.getBean(ScheduleService.class);
		start = System.nanoTime();
		int published = schedules.publish(ADMIN, eventId, runId);
		double publish = seconds(start);
		System.out.printf("published in %.1f s%n", publish);
		start = System.nanoTime();
		schedules.publish(ADMIN, eventId, runId);
		double republish = seconds(start);

		long bookings = jdbc.queryForObject("select count(*) from booking where event_id = ?", Long.class, eventId);
		long seats = jdbc.queryForObject(
				"select count(*) from booking_seat s join booking b on b.id = s.booking_id where b.event_id = ?",
				Long.class, eventId);
		return "| participants | meetings | placed | fixture s | store run s | publish s | publish again s | bookings | seats |\n"
				+ "|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
				+ "| %,d | %,d | %,d | %.1f | %.1f | %.1f | %.1f | %,d | %,d |".formatted(participantCount,
						requests.size(), published, fixture, store, publish, republish, bookings, seats);
	}

	private static List<Long> slots(JdbcTemplate jdbc, String eventId) {
		OffsetDateTime start = OffsetDateTime.of(2027, 3, 1, 8, 0, 0, 0, ZoneOffset.UTC);
		jdbc.update("""
				insert into event (id, kind, names, descriptions, starts_at, ends_at, time_zone, created_at)
				values (?, 'partnering-conference', '{"en":"Publish benchmark"}', '{}', ?, ?, 'UTC', ?)""", eventId,
				start, start.plusDays(DAYS), now());
		List<Object[]> rows = new ArrayList<>();
		for (int day = 0; day < DAYS; day++) {
			for (int i = 0; i < SLOTS_PER_DAY; i++) {
				rows.add(new Object[] { eventId, "d" + (day + 1) + "-" + (i + 1),
						start.plusDays(day).plusMinutes(30L * i), TABLES });
			}
		}
		jdbc.batchUpdate("insert into event_slot (event_id, code, starts_at, minutes, tables) values (?, ?, ?, 30, ?)",
				rows);
		return jdbc.queryForList("select id from event_slot where event_id = ? order by starts_at", Long.class,
				eventId);
	}

	private static List<Long> participants(JdbcTemplate jdbc, String eventId, int count) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add(new Object[] { eventId, "Participant " + i, eventId + "-" + i, now() });
		}
		jdbc.batchUpdate("""
				insert into participant (event_id, kind, display_name, time_zone, feed_token, registered_at)
				values (?, 'guest', ?, 'UTC', ?, ?)""", rows, 1000, (ps, row) -> {
			for (int c = 0; c < row.length; c++) {
				ps.setObject(c + 1, row[c]);
			}
		});
		return jdbc.queryForList("select id from participant where event_id = ? order by id", Long.class, eventId);
	}

	/** Accepted requests as {id, requester, receiver}. */
	private static List<long[]> requests(JdbcTemplate jdbc, String eventId, List<Long> participants, int count,
			Random random) {
		List<long[]> pairs = new ArrayList<>();
		while (pairs.size() < count) {
			long a = participants.get(random.nextInt(participants.size()));
			long b = participants.get(random.nextInt(participants.size()));
			if (a != b) {
				pairs.add(new long[] { a, b });
			}
		}
		jdbc.batchUpdate("""
				insert into meeting_request (event_id, requester_id, receiver_id, message, status, priority, created_at)
				values (?, ?, ?, '', 'accepted', 2, ?)""", pairs, 1000, (ps, pair) -> {
			ps.setString(1, eventId);
			ps.setLong(2, pair[0]);
			ps.setLong(3, pair[1]);
			ps.setObject(4, now());
		});
		return jdbc.query("select id, requester_id, receiver_id from meeting_request where event_id = ? order by id",
				(rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) }, eventId);
	}

	/** Greedy first fit: the first slot where both are free and a table is left. */
	private static void place(List<long[]> requests, List<Long> participants, List<Long> slots,
			List<RunAssignment> placed, Map<Long, String> unplaced) {
		Map<Long, BitSet> busy = new HashMap<>();
		participants.forEach(p -> busy.put(p, new BitSet(slots.size())));
		int[] tables = new int[slots.size()];
		for (long[] r : requests) {
			BitSet a = busy.get(r[1]);
			BitSet b = busy.get(r[2]);
			int slot = -1;
			for (int s = 0; s < slots.size() && slot < 0; s++) {
				if (!a.get(s) && !b.get(s) && tables[s] < TABLES) {
					slot = s;
				}
			}
			if (slot < 0) {
				unplaced.put(r[0], "no common free slot");
				continue;
			}
			a.set(slot);
			b.set(slot);
			placed.add(new RunAssignment(r[0], slots.get(slot), ++tables[slot]));
		}
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> opts = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		return opts;
	}

}
