package org.kakehashi.agreements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kakehashi.agreements.AgreementService.AgreementView;
import org.kakehashi.agreements.CommitmentEvidence.EvidenceRecord;
import org.kakehashi.agreements.internal.AgreementRepository;
import org.kakehashi.agreements.internal.AssessmentRepository;
import org.kakehashi.shared.AuditEntry;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether each commitment is kept, and why: gathers the records other modules report
 * through {@link CommitmentEvidence} (there may be none yet; then checkable commitments
 * honestly stay {@code open} for want of a source) and the managers' assessments, and
 * lets {@link CommitmentCheck} decide.
 */
@Service
public class CommitmentTracking {

	private final List<CommitmentEvidence> sources;

	private final AssessmentRepository assessments;

	private final AgreementRepository agreements;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CommitmentTracking(List<CommitmentEvidence> sources, AssessmentRepository assessments,
			AgreementRepository agreements, ApplicationEventPublisher events, Clock clock) {
		this.sources = List.copyOf(sources);
		this.assessments = assessments;
		this.agreements = agreements;
		this.events = events;
		this.clock = clock;
	}

	/** One year of a partnership: the agreement in force and its commitments' states. */
	public record YearStatus(int year, AgreementView agreement, List<CommitmentStatus> commitments) {
	}

	/**
	 * The states in the period that matters now: the running one, or the last one of an
	 * ended agreement.
	 */
	public List<CommitmentStatus> current(AgreementView view) {
		return current(view, new Readings(List.of()));
	}

	/**
	 * The current states of many agreements, by agreement id; the records between each
	 * pair of clusters are read once for all of them.
	 */
	public Map<String, List<CommitmentStatus>> current(List<AgreementView> views) {
		Readings readings = new Readings(views);
		Map<String, List<CommitmentStatus>> states = new LinkedHashMap<>();
		views.forEach(v -> states.put(v.agreement().id(), current(v, readings)));
		return states;
	}

	private List<CommitmentStatus> current(AgreementView view, Readings readings) {
		LocalDate today = LocalDate.now(clock);
		LocalDate end = termEnd(view);
		LocalDate day = end != null && end.isBefore(today) ? end : today;
		return on(view, day, today, new Facts(view.agreement(), end, readings));
	}

	/**
	 * Per calendar year of the agreement's term (up to this year): the states of that
	 * year's last period.
	 */
	public List<YearStatus> byYear(AgreementView view) {
		return byYear(view, new Readings(List.of()));
	}

	/** {@link #byYear(AgreementView)} of many agreements, reading the records once. */
	public List<YearStatus> byYear(List<AgreementView> views) {
		Readings readings = new Readings(views);
		return views.stream().flatMap(v -> byYear(v, readings).stream()).toList();
	}

	private List<YearStatus> byYear(AgreementView view, Readings readings) {
		LocalDate today = LocalDate.now(clock);
		LocalDate start = view.agreement().start();
		if (!view.agreement().isSigned() || start == null || start.isAfter(today)) {
			return List.of();
		}
		LocalDate end = termEnd(view);
		LocalDate last = end != null && end.isBefore(today) ? end : today;
		List<YearStatus> years = new ArrayList<>();
		Facts facts = new Facts(view.agreement(), end, readings);
		for (int y = start.getYear(); y <= last.getYear(); y++) {
			LocalDate day = y == last.getYear() ? last : LocalDate.of(y, 12, 31);
			years.add(new YearStatus(y, view, on(view, day, today, facts)));
		}
		return years;
	}

	/** The states in the periods containing {@code day}, judged as of {@code today}. */
	public List<CommitmentStatus> on(AgreementView view, LocalDate day, LocalDate today) {
		return on(view, day, today, new Facts(view.agreement(), termEnd(view), new Readings(List.of())));
	}

	private List<CommitmentStatus> on(AgreementView view, LocalDate day, LocalDate today, Facts facts) {
		Agreement a = view.agreement();
		return a.commitments().stream().map(c -> {
			CommitmentPeriod per = c.rule() == null ? CommitmentPeriod.YEAR : c.rule().period();
			DateRange calendar = per.containing(day);
			DateRange window = a.isSigned() ? calendar.clip(a.start(), facts.end) : null;
			List<EvidenceRecord> records = window == null || c.rule() == null ? null : facts.records(c.kind(), window);
			return CommitmentCheck.evaluate(c, window, today, records,
					facts.assessed.get(c.number() + "@" + calendar.from()));
		}).toList();
	}

	/**
	 * What an agreement's states are judged from, read once however many periods are
	 * judged: its assessments and the records between its parties.
	 */
	private final class Facts {

		private final Agreement agreement;

		private final @Nullable LocalDate end;

		private final Map<String, Assessment> assessed;

		private final Readings readings;

		Facts(Agreement agreement, @Nullable LocalDate end, Readings readings) {
			this.agreement = agreement;
			this.end = end;
			this.readings = readings;
			this.assessed = readings.assessmentsOf(agreement.id())
				.stream()
				.collect(Collectors.toMap(x -> x.commitment() + "@" + x.periodStart(), Function.identity()));
		}

		/**
		 * The records of {@code kind} between any two parties, dated inside the window,
		 * oldest first; null if no module reports any.
		 */
		@Nullable List<EvidenceRecord> records(CommitmentKind kind, DateRange window) {
			if (!hasSource(kind)) {
				return null;
			}
			Set<EvidenceRecord> found = new LinkedHashSet<>();
			List<String> parties = agreement.parties();
			for (int i = 0; i < parties.size(); i++) {
				for (int j = i + 1; j < parties.size(); j++) {
					readings.between(parties.get(i), parties.get(j))
						.getOrDefault(kind, List.of())
						.stream()
						.filter(r -> !r.date().isBefore(window.from()) && !r.date().isAfter(window.to()))
						.forEach(found::add);
				}
			}
			return found.stream().sorted(Comparator.comparing(EvidenceRecord::date)).toList();
		}

	}

	/**
	 * What judging reads, once however many agreements, commitments and periods are
	 * judged in one go: every record between two clusters, asked of each module once per
	 * pair, and the assessments of the agreements named up front in one query.
	 */
	private final class Readings {

		private static final LocalDate FIRST = LocalDate.of(1970, 1, 1);

		private static final LocalDate LAST = LocalDate.of(2999, 12, 31);

		private final Map<String, Map<CommitmentKind, List<EvidenceRecord>>> byPair = new HashMap<>();

		private final Map<String, List<Assessment>> assessed;

		private final Set<String> prefetched;

		Readings(List<AgreementView> views) {
			this.prefetched = views.stream().map(v -> v.agreement().id()).collect(Collectors.toSet());
			this.assessed = prefetched.size() > 1 ? assessments.of(prefetched) : new HashMap<>();
		}

		List<Assessment> assessmentsOf(String agreementId) {
			if (prefetched.size() > 1 && prefetched.contains(agreementId)) {
				return assessed.getOrDefault(agreementId, List.of());
			}
			return assessments.of(agreementId);
		}

		Map<CommitmentKind, List<EvidenceRecord>> between(String party, String partner) {
			return byPair.computeIfAbsent(party + "/" + partner, key -> {
				Map<CommitmentKind, List<EvidenceRecord>> all = new EnumMap<>(CommitmentKind.class);
				for (CommitmentEvidence source : sources) {
					source.recordsByKind(party, partner, FIRST, LAST)
						.forEach((kind, records) -> all.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(records));
				}
				return all;
			});
		}

	}

	/** Whether any module reports records of {@code kind}. */
	public boolean hasSource(CommitmentKind kind) {
		return sources.stream().anyMatch(s -> s.kinds().contains(kind));
	}

	/**
	 * Records a manager's judgement of commitment {@code number} in the period containing
	 * {@code day}.
	 */
	@Transactional
	public void assess(CurrentUser user, String agreementId, int number, LocalDate day, CommitmentState verdict,
			String note) {
		Agreement a = agreements.findById(agreementId)
			.orElseThrow(() -> new NotFoundException("agreement", agreementId));
		if (!AgreementService.mayEdit(user, a)) {
			throw new ForbiddenException("commitments are assessed by the managers of the agreement's parties");
		}
		Commitment c = a.commitments()
			.stream()
			.filter(x -> x.number() == number)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("commitment", agreementId + "#" + number));
		CommitmentPeriod per = c.rule() == null ? CommitmentPeriod.YEAR : c.rule().period();
		LocalDate periodStart = per.containing(day).from();
		assessments.save(agreementId,
				new Assessment(number, periodStart, verdict, note.strip(), user.username(), Instant.now(clock)));
		events.publishEvent(AuditEntry.by(user, "commitment.assessed", "agreement", agreementId,
				"commitment " + number + " from " + periodStart + ": " + verdict.code()));
	}

	/**
	 * Last day in force: the end date, else (renewed open-ended agreements) the day
	 * before the successor starts.
	 */
	@Nullable LocalDate termEnd(AgreementView view) {
		Agreement a = view.agreement();
		if (a.endsOn() != null || view.renewedBy().isEmpty()) {
			return a.endsOn();
		}
		return agreements.findById(view.renewedBy().get(0)).map(Agreement::start).map(d -> d.minusDays(1)).orElse(null);
	}

}
