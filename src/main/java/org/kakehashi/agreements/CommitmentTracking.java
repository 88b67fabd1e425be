package org.kakehashi.agreements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
		LocalDate today = LocalDate.now(clock);
		LocalDate end = termEnd(view);
		LocalDate day = end != null && end.isBefore(today) ? end : today;
		return on(view, day, today);
	}

	/**
	 * Per calendar year of the agreement's term (up to this year): the states of that
	 * year's last period.
	 */
	public List<YearStatus> byYear(AgreementView view) {
		LocalDate today = LocalDate.now(clock);
		LocalDate start = view.agreement().start();
		if (!view.agreement().isSigned() || start == null || start.isAfter(today)) {
			return List.of();
		}
		LocalDate end = termEnd(view);
		LocalDate last = end != null && end.isBefore(today) ? end : today;
		List<YearStatus> years = new ArrayList<>();
		for (int y = start.getYear(); y <= last.getYear(); y++) {
			LocalDate day = y == last.getYear() ? last : LocalDate.of(y, 12, 31);
			years.add(new YearStatus(y, view, on(view, day, today)));
		}
		return years;
	}

	/** The states in the periods containing {@code day}, judged as of {@code today}. */
	public List<CommitmentStatus> on(AgreementView view, LocalDate day, LocalDate today) {
		Agreement a = view.agreement();
		LocalDate end = termEnd(view);
		Map<String, Assessment> assessed = assessments.of(a.id())
			.stream()
			.collect(Collectors.toMap(x -> x.commitment() + "@" + x.periodStart(), Function.identity()));
		return a.commitments().stream().map(c -> {
			CommitmentPeriod per = c.rule() == null ? CommitmentPeriod.YEAR : c.rule().period();
			DateRange calendar = per.containing(day);
			DateRange window = a.isSigned() ? calendar.clip(a.start(), end) : null;
			List<EvidenceRecord> records = window == null || c.rule() == null ? null : records(a, c.kind(), window);
			return CommitmentCheck.evaluate(c, window, today, records,
					assessed.get(c.number() + "@" + calendar.from()));
		}).toList();
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

	private @Nullable List<EvidenceRecord> records(Agreement a, CommitmentKind kind, DateRange window) {
		List<CommitmentEvidence> relevant = sources.stream().filter(s -> s.kinds().contains(kind)).toList();
		if (relevant.isEmpty()) {
			return null;
		}
		Set<EvidenceRecord> found = new LinkedHashSet<>();
		List<String> parties = a.parties();
		for (int i = 0; i < parties.size(); i++) {
			for (int j = i + 1; j < parties.size(); j++) {
				for (CommitmentEvidence s : relevant) {
					found.addAll(s.records(kind, parties.get(i), parties.get(j), window.from(), window.to()));
				}
			}
		}
		return found.stream().sorted(java.util.Comparator.comparing(EvidenceRecord::date)).toList();
	}

}
