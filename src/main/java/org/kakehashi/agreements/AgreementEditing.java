package org.kakehashi.agreements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.kakehashi.agreements.internal.AgreementRepository;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.shared.AuditEntry;
import org.kakehashi.shared.ConcurrentEditException;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.DuplicateException;
import org.kakehashi.shared.FieldProblem;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.InvalidInputException;
import org.kakehashi.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing agreements: drafts, edits, signing and renewals, for the parties' managers
 * (and administrators) only. Every change checks the version the editor read, so two
 * managers editing at once never overwrite each other silently, and leaves an audit
 * entry.
 */
@Service
public class AgreementEditing {

	private final AgreementRepository agreements;

	private final AgreementService reading;

	private final DirectoryService directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AgreementEditing(AgreementRepository agreements, AgreementService reading, DirectoryService directory,
			ApplicationEventPublisher events, Clock clock) {
		this.agreements = agreements;
		this.reading = reading;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	/** Records a new agreement (a draft unless it says when it was signed). */
	@Transactional
	public Agreement create(CurrentUser user, AgreementDraft draft) {
		return insert(user, draft, null);
	}

	/**
	 * Saves changes to agreement {@code id}; {@code draft.version()} must be the version
	 * read.
	 */
	@Transactional
	public Agreement update(CurrentUser user, String id, AgreementDraft draft) {
		Agreement current = load(id);
		requireEditor(user, current);
		if (draft.version() == null) {
			throw new InvalidInputException(List.of(AgreementRules.problem("version", "required")));
		}
		// A stale edit is a conflict whatever else is wrong with it: the editor must
		// reload first.
		if (current.version() != draft.version()) {
			throw new ConcurrentEditException("agreement", id, draft.version());
		}
		validate(draft);
		Agreement changed = draft.toAgreement(id, current.renewsId(), draft.version());
		requireEditor(user, changed);
		if (current.isSigned() && !changed.isSigned()) {
			throw new InvalidInputException(List.of(AgreementRules.problem("signedOn", "signed-stays-signed")));
		}
		save(changed);
		String detail = AgreementChanges.between(current, changed);
		events.publishEvent(AuditEntry.by(user, "agreement.changed", "agreement", id, detail));
		if (!current.isSigned() && changed.isSigned()) {
			signed(user, changed);
		}
		return load(id);
	}

	/** Signs draft {@code id} as of {@code on}. */
	@Transactional
	public Agreement sign(CurrentUser user, String id, long version, LocalDate on, DatePrecision precision,
			@Nullable String place, @Nullable String occasion) {
		Agreement current = load(id);
		requireEditor(user, current);
		if (current.version() != version) {
			throw new ConcurrentEditException("agreement", id, version);
		}
		if (current.isSigned()) {
			throw new InvalidInputException(List.of(AgreementRules.problem("signedOn", "already-signed")));
		}
		Agreement signed = current.sign(on, precision, blankToNull(place), blankToNull(occasion));
		if (signed.endsOn() != null && signed.endsOn().isBefore(Objects.requireNonNull(signed.start()))) {
			throw new InvalidInputException(List.of(AgreementRules.problem("signedOn", "ends-before-start")));
		}
		save(signed);
		signed(user, signed);
		return load(id);
	}

	/**
	 * What a renewal of {@code id} starts from: the predecessor's kind, parties, texts
	 * and commitments, its term moved to follow on (see {@link Agreement#renewal}).
	 */
	public AgreementDraft renewalDraft(String id) {
		Agreement predecessor = load(id);
		Agreement renewal = predecessor.renewal(newId(predecessor.parties(), predecessor.endsOn()));
		return AgreementDraft.of(renewal);
	}

	/** Records the renewal of {@code id} as a new agreement linked to it. */
	@Transactional
	public Agreement renew(CurrentUser user, String id, AgreementDraft draft) {
		Agreement predecessor = load(id);
		requireEditor(user, predecessor);
		if (!predecessor.isSigned()) {
			throw new InvalidInputException(List.of(AgreementRules.problem("renews", "renews-draft")));
		}
		List<String> successors = agreements.successorsOf(id);
		if (!successors.isEmpty()) {
			throw new DuplicateException("renews",
					"agreement '" + id + "' is already renewed by '" + successors.get(0) + "'");
		}
		Agreement renewal = insert(user, draft, id);
		events.publishEvent(AuditEntry.by(user, "agreement.renewed", "agreement", id, "renewed by " + renewal.id()));
		return renewal;
	}

	private Agreement insert(CurrentUser user, AgreementDraft draft, @Nullable String renewsId) {
		validate(draft);
		String id = draft.id() == null || draft.id().isBlank()
				? newId(draft.parties(), draft.startsOn() != null ? draft.startsOn() : draft.signedOn()) : draft.id();
		Agreement agreement = draft.toAgreement(id, renewsId, 0);
		requireEditor(user, agreement);
		if (agreements.findById(id).isPresent()) {
			throw new DuplicateException("id", "agreement '" + id + "' already exists");
		}
		agreements.insert(agreement);
		events.publishEvent(AuditEntry.by(user, "agreement.created", "agreement", id,
				renewsId == null ? null : "renews " + renewsId));
		if (agreement.isSigned()) {
			signed(user, agreement);
		}
		return load(id);
	}

	private void signed(CurrentUser user, Agreement a) {
		events.publishEvent(AuditEntry.by(user, "agreement.signed", "agreement", a.id(), "signed " + a.signedOn()));
	}

	private void save(Agreement changed) {
		if (!agreements.update(changed)) {
			throw new ConcurrentEditException("agreement", changed.id(), changed.version());
		}
	}

	private void validate(AgreementDraft draft) {
		List<FieldProblem> problems = AgreementRules.check(draft, this::knownParty);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private boolean knownParty(String id) {
		if (directory.clusters().stream().anyMatch(c -> c.id().equals(id))) {
			return true;
		}
		try {
			directory.organization(id);
			return true;
		}
		catch (NotFoundException ex) {
			return false;
		}
	}

	private static void requireEditor(CurrentUser user, Agreement agreement) {
		if (!AgreementService.mayEdit(user, agreement)) {
			throw new ForbiddenException("agreements are changed by the managers of their parties");
		}
	}

	private Agreement load(String id) {
		return agreements.findById(id).orElseThrow(() -> new NotFoundException("agreement", id));
	}

	/**
	 * A readable free id such as {@code biom-kawasaki-2023} (then {@code -2}, {@code -3},
	 * ...).
	 */
	private String newId(List<String> parties, @Nullable LocalDate from) {
		int year = (from != null ? from : LocalDate.now(clock)).getYear();
		List<String> parts = new ArrayList<>(parties.stream().limit(3).map(p -> p.toLowerCase(Locale.ROOT)).toList());
		parts.add(String.valueOf(year));
		String base = String.join("-", parts).replaceAll("[^a-z0-9-]", "-");
		base = base.length() > 58 ? base.substring(0, 58) : base;
		String candidate = base;
		for (int n = 2; agreements.findById(candidate).isPresent(); n++) {
			candidate = base + "-" + n;
		}
		return candidate;
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
