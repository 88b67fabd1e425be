package org.kakehashi.reports.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.kakehashi.accounts.AccountService;
import org.kakehashi.accounts.UserView;
import org.kakehashi.agreements.AgreementService;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.events.MeetingParty;
import org.kakehashi.events.MeetingService;
import org.kakehashi.events.PastMeeting;
import org.kakehashi.notifications.Notifications;
import org.kakehashi.reports.OutcomeKind;
import org.kakehashi.reports.OutcomeSource;
import org.kakehashi.requests.IntroductionsMade;
import org.kakehashi.requests.RequestService;
import org.kakehashi.shared.AbsoluteLinks;
import org.kakehashi.shared.LocalizedText;
import org.kakehashi.shared.NotFoundException;
import org.kakehashi.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Asks members what came of their meetings and introductions: 30 and 90 days after a
 * meeting was held at a partnering event, or after the first introduction of their
 * entry-portal request, the member involved gets a mail in their language with one link
 * per partner organisation to the outcome form, filled in with the source, the
 * organisations and the day. Nothing is asked once an outcome of that source is recorded
 * for the member's organisation. Runs hourly; each question is queued in the mail outbox
 * under {@code outcome-ask:<meeting|request>:<id>:<30|90>:<username>}, so a rerun or a
 * second instance sends it once (ADR 0010) and no lock is needed.
 */
@Component
public class OutcomeQuestions {

	static final List<Integer> AFTER_DAYS = List.of(30, 90);

	/**
	 * A question is asked only within this time after it fell due: a meeting checked in
	 * long after it took place, or the first run after an upgrade, never asks about
	 * meetings of long ago, and the 30- and 90-day questions never arrive together.
	 */
	static final Duration WINDOW = Duration.ofDays(30);

	private static final Logger log = LoggerFactory.getLogger(OutcomeQuestions.class);

	/** One partner organisation of a question and the link that answers for it. */
	public record Answer(LocalizedText partner, String link) {
	}

	private final MeetingService meetings;

	private final RequestService requests;

	private final OutcomeRepository outcomes;

	private final AccountService accounts;

	private final DirectoryService directory;

	private final AgreementService agreements;

	private final Notifications notifications;

	private final AbsoluteLinks links;

	private final Clock clock;

	OutcomeQuestions(MeetingService meetings, RequestService requests, OutcomeRepository outcomes,
			AccountService accounts, DirectoryService directory, AgreementService agreements,
			Notifications notifications, AbsoluteLinks links, Clock clock) {
		this.meetings = meetings;
		this.requests = requests;
		this.outcomes = outcomes;
		this.accounts = accounts;
		this.directory = directory;
		this.agreements = agreements;
		this.notifications = notifications;
		this.links = links;
		this.clock = clock;
	}

	@Scheduled(cron = "${kakehashi.reports.outcome-questions-cron:0 25 * * * *}")
	void hourly() {
		int queued = ask(clock.instant());
		if (queued > 0) {
			log.info("Outcome questions: {} mail(s) queued", queued);
		}
	}

	/**
	 * Queues the questions due at {@code now} that were not queued before; returns how
	 * many mails were queued now.
	 */
	public int ask(Instant now) {
		// partner clusters once per run: AgreementService reads every agreement for them
		Map<String, Set<String>> partners = new HashMap<>();
		int queued = 0;
		for (int days : AFTER_DAYS) {
			Instant until = now.minus(Duration.ofDays(days));
			Instant after = until.minus(WINDOW);
			for (PastMeeting m : meetings.heldBetween(after, until)) {
				queued += askAbout(m, days, partners);
			}
			for (IntroductionsMade r : requests.introductionsFirstMadeBetween(after, until)) {
				queued += askAbout(r, days, partners);
			}
		}
		return queued;
	}

	/** Each member among the two parties, about the other party's organisation. */
	private int askAbout(PastMeeting m, int days, Map<String, Set<String>> partners) {
		int queued = 0;
		String ref = String.valueOf(m.id());
		for (MeetingParty own : m.parties()) {
			String organization = own.organizationId();
			String partner = m.otherThan(own).organizationId();
			Optional<UserView> member = own.username() == null || organization == null ? Optional.empty()
					: memberOf(own.username(), organization);
			if (member.isEmpty() || partner == null || !inPartnerCluster(organization, partner, partners)
					|| outcomes.answered(OutcomeSource.MEETING, ref, organization)) {
				continue;
			}
			Optional<Answer> answer = name(partner).map(n -> new Answer(n, link(OutcomeSource.MEETING, ref, null)));
			if (answer.isPresent()) {
				queued += mail(OutcomeSource.MEETING, ref, days, member.get(), m.eventNames(), m.day(),
						List.of(answer.get()));
			}
		}
		return queued;
	}

	/** The requesting organisation's people, about each organisation introduced. */
	private int askAbout(IntroductionsMade r, int days, Map<String, Set<String>> partners) {
		String organization = r.requesterOrganization();
		if (outcomes.answered(OutcomeSource.REQUEST, r.requestId(), organization)) {
			return 0;
		}
		List<Answer> answers = r.introductions()
			.stream()
			.filter(i -> inPartnerCluster(organization, i.organizationId(), partners))
			.flatMap(i -> name(i.organizationId())
				.map(n -> new Answer(n, link(OutcomeSource.REQUEST, r.requestId(), i.organizationId())))
				.stream())
			.toList();
		if (answers.isEmpty()) {
			return 0;
		}
		LocalDate day = r.firstAt().atZone(ZoneOffset.UTC).toLocalDate();
		int queued = 0;
		for (String username : r.askedPeople()) {
			Optional<UserView> member = memberOf(username, organization);
			if (member.isPresent()) {
				queued += mail(OutcomeSource.REQUEST, r.requestId(), days, member.get(),
						LocalizedText.of("en", r.title()), day, answers);
			}
		}
		return queued;
	}

	private int mail(OutcomeSource source, String ref, int days, UserView to, LocalizedText about, LocalDate day,
			List<Answer> answers) {
		String key = "outcome-ask:" + source.code() + ":" + ref + ":" + days + ":" + to.username();
		boolean queued = notifications.toUser(key, to.username(), "outcome-question",
				Map.of("kind", source.code(), "name", to.displayName(), "about", about, "day", day.toString(), "again",
						days > AFTER_DAYS.getFirst(), "answers", answers, "kinds",
						Arrays.stream(OutcomeKind.values()).map(OutcomeKind::code).toList()));
		return queued ? 1 : 0;
	}

	/** Only members are asked; managers record on their organisations' behalf. */
	private Optional<UserView> memberOf(String username, String organization) {
		return accounts.user(username)
			.filter(u -> u.enabled() && u.role() == Role.MEMBER && organization.equals(u.organization()));
	}

	/** As CooperationOutcomes requires: the partner belongs to a partner cluster. */
	private boolean inPartnerCluster(String organization, String partner, Map<String, Set<String>> partners) {
		String cluster = directory.clusterOf(organization);
		String partnerCluster = directory.clusterOf(partner);
		return cluster != null && partnerCluster != null
				&& partners.computeIfAbsent(cluster, agreements::partnersOf).contains(partnerCluster);
	}

	private Optional<LocalizedText> name(String organization) {
		try {
			return Optional.of(directory.organization(organization).names());
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	private String link(OutcomeSource source, String ref, @Nullable String partner) {
		String path = "/outcomes?source=" + source.code() + "&ref=" + encode(ref);
		return links.forMail(partner == null ? path : path + "&partner=" + encode(partner));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
