package org.kakehashi.reports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BinaryOperator;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.kakehashi.agreements.AgreementService;
import org.kakehashi.agreements.AgreementService.AgreementView;
import org.kakehashi.agreements.CommitmentState;
import org.kakehashi.agreements.CommitmentStatus;
import org.kakehashi.agreements.CommitmentTracking;
import org.kakehashi.directory.Cluster;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.events.EventFigures;
import org.kakehashi.events.MeetingTally;
import org.kakehashi.events.VisitTally;
import org.kakehashi.exchange.ExchangeFigures;
import org.kakehashi.exchange.ExchangeTally;
import org.kakehashi.requests.RequestFigures;
import org.kakehashi.requests.RequestTally;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.NotFoundException;
import org.kakehashi.shared.Role;
import org.springframework.stereotype.Service;

/**
 * The reports facade: which partnerships a user may read, and the report of one. Who may
 * read a partnership's report: administrators, the managers of either cluster, and the
 * funders attached to it; for anyone else it does not exist (404), as for confidential
 * requests.
 */
@Service
public class PartnershipReports {

	private final AgreementService agreements;

	private final CommitmentTracking tracking;

	private final DirectoryService directory;

	private final ExchangeFigures exchange;

	private final EventFigures events;

	private final RequestFigures requests;

	private final FunderAttachments funders;

	private final CooperationOutcomes outcomes;

	PartnershipReports(AgreementService agreements, CommitmentTracking tracking, DirectoryService directory,
			ExchangeFigures exchange, EventFigures events, RequestFigures requests, FunderAttachments funders,
			CooperationOutcomes outcomes) {
		this.outcomes = outcomes;
		this.agreements = agreements;
		this.tracking = tracking;
		this.directory = directory;
		this.exchange = exchange;
		this.events = events;
		this.requests = requests;
		this.funders = funders;
	}

	/** Every partnership: two clusters that are parties of one signed agreement. */
	public Set<Partnership> partnerships() {
		Set<String> clusters = new TreeSet<>(directory.clusters().stream().map(Cluster::id).toList());
		Set<Partnership> pairs = new TreeSet<>(
				java.util.Comparator.comparing(Partnership::first).thenComparing(Partnership::second));
		for (AgreementView v : agreements.all(null)) {
			List<String> parties = v.agreement().parties().stream().filter(clusters::contains).toList();
			if (!v.agreement().isSigned()) {
				continue;
			}
			for (int i = 0; i < parties.size(); i++) {
				for (int j = i + 1; j < parties.size(); j++) {
					pairs.add(new Partnership(parties.get(i), parties.get(j)));
				}
			}
		}
		return pairs;
	}

	/** The partnerships whose reports {@code user} may read. */
	public List<Partnership> readableBy(CurrentUser user) {
		if (user.role() == Role.FUNDER) {
			// the funder's attachments once, not once per partnership
			Set<Partnership> attached = funders.attachedTo(user.username());
			return partnerships().stream().filter(attached::contains).toList();
		}
		return partnerships().stream().filter(p -> mayRead(user, p)).toList();
	}

	public boolean mayRead(CurrentUser user, Partnership p) {
		return switch (user.role()) {
			case ADMIN -> true;
			case CLUSTER_MANAGER -> p.has(user.clusterId());
			case FUNDER -> funders.attachedTo(user.username()).contains(p);
			case MEMBER -> false;
		};
	}

	/**
	 * The report of {@code a}/{@code b} for {@code year} (null: the whole history).
	 * @throws NotFoundException when there is no such partnership or {@code user} may not
	 * read it
	 */
	public PartnershipReport report(CurrentUser user, String a, String b, @Nullable Integer year) {
		if (a.equals(b)) {
			throw new NotFoundException("partnership", a + "/" + b);
		}
		Partnership p = new Partnership(a, b);
		if (!partnerships().contains(p) || !mayRead(user, p)) {
			throw new NotFoundException("partnership", a + "/" + b);
		}
		return build(a, b, year);
	}

	/**
	 * Whether the user's start page should be their reports rather than the dashboard.
	 */
	public static boolean readsReportsOnly(CurrentUser user) {
		return user.role() == Role.FUNDER;
	}

	private PartnershipReport build(String a, String b, @Nullable Integer year) {
		List<ExchangeTally> ex = exchange.between(a, b);
		List<MeetingTally> meetings = events.meetings(a, b);
		List<VisitTally> visits = events.visits(a, b);
		List<RequestTally> reqs = requests.between(a, b);
		List<CooperationOutcome> done = outcomes.between(a, b);
		Map<Integer, Map<CommitmentState, Integer>> states = new TreeMap<>();
		Map<String, CommitmentLine> lines = new LinkedHashMap<>();
		for (CommitmentTracking.YearStatus ys : tracking.byYear(agreements.between(a, b))) {
			String agreementId = ys.agreement().agreement().id();
			for (CommitmentStatus st : ys.commitments()) {
				states.computeIfAbsent(ys.year(), y -> new EnumMap<>(CommitmentState.class))
					.merge(st.state(), 1, Integer::sum);
				String key = agreementId + "#" + st.commitment().number();
				CommitmentLine line = lines.computeIfAbsent(key, k -> new CommitmentLine(agreementId,
						st.commitment().number(), st.commitment().text(), Map.of()));
				Map<Integer, CommitmentState> byYear = new TreeMap<>(line.states());
				byYear.put(ys.year(), st.state());
				lines.put(key, new CommitmentLine(line.agreementId(), line.number(), line.text(), byYear));
			}
		}
		Set<Integer> years = new TreeSet<>(states.keySet());
		ex.forEach(t -> years.add(t.year()));
		meetings.forEach(t -> years.add(t.year()));
		visits.forEach(t -> years.add(t.year()));
		reqs.forEach(t -> years.add(t.year()));
		done.forEach(o -> years.add(o.happenedOn().getYear()));
		List<YearFigures> perYear = new ArrayList<>();
		for (int y : years) {
			perYear.add(figures(y, a, b, ex, meetings, visits, reqs, done, states.getOrDefault(y, Map.of())));
		}
		YearFigures shown;
		if (year == null) {
			Map<CommitmentState, Integer> all = new EnumMap<>(CommitmentState.class);
			states.values().forEach(m -> m.forEach((k, v) -> all.merge(k, v, Integer::sum)));
			shown = figures(0, a, b, ex, meetings, visits, reqs, done, all);
		}
		else {
			shown = perYear.stream()
				.filter(f -> f.year() == year)
				.findFirst()
				.orElseGet(() -> figures(year, a, b, List.of(), List.of(), List.of(), List.of(), List.of(), Map.of()));
		}
		return new PartnershipReport(a, b, year, perYear, shown, List.copyOf(lines.values()));
	}

	private static YearFigures figures(int year, String a, String b, List<ExchangeTally> ex,
			List<MeetingTally> meetings, List<VisitTally> visits, List<RequestTally> reqs,
			List<CooperationOutcome> done, Map<CommitmentState, Integer> states) {
		Predicate<Integer> inYear = y -> year == 0 || y == year;
		Map<OutcomeKind, Integer> outcomesFromA = new EnumMap<>(OutcomeKind.class);
		Map<OutcomeKind, Integer> outcomesFromB = new EnumMap<>(OutcomeKind.class);
		for (CooperationOutcome o : done) {
			if (inYear.test(o.happenedOn().getYear())) {
				(o.clusterId().equals(a) ? outcomesFromA : outcomesFromB).merge(o.kind(), 1, Integer::sum);
			}
		}
		return new YearFigures(year,
				sum(ex.stream().filter(t -> inYear.test(t.year()) && t.fromCluster().equals(a)).toList(),
						new ExchangeTally(year, a, 0, 0, 0, 0), ExchangeTally::plus),
				sum(ex.stream().filter(t -> inYear.test(t.year()) && t.fromCluster().equals(b)).toList(),
						new ExchangeTally(year, b, 0, 0, 0, 0), ExchangeTally::plus),
				sum(meetings.stream().filter(t -> inYear.test(t.year()) && t.fromCluster().equals(a)).toList(),
						new MeetingTally(year, a, 0, 0, 0, 0, 0, 0, 0, 0), MeetingTally::plus),
				sum(meetings.stream().filter(t -> inYear.test(t.year()) && t.fromCluster().equals(b)).toList(),
						new MeetingTally(year, b, 0, 0, 0, 0, 0, 0, 0, 0), MeetingTally::plus),
				sum(reqs.stream().filter(t -> inYear.test(t.year()) && t.fromCluster().equals(a)).toList(),
						new RequestTally(year, a, 0, 0, 0, 0, 0, 0, 0, 0, Map.of()), RequestTally::plus),
				sum(reqs.stream().filter(t -> inYear.test(t.year()) && t.fromCluster().equals(b)).toList(),
						new RequestTally(year, b, 0, 0, 0, 0, 0, 0, 0, 0, Map.of()), RequestTally::plus),
				sum(visits.stream().filter(t -> inYear.test(t.year())).toList(), new VisitTally(year, 0, 0),
						VisitTally::plus),
				states, outcomesFromA, outcomesFromB);
	}

	private static <T> T sum(List<T> rows, T zero, BinaryOperator<T> plus) {
		T total = zero;
		for (T row : rows) {
			total = plus.apply(total, row);
		}
		return total;
	}

}
