package org.kakehashi.reports.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kakehashi.events.MeetingParty;
import org.kakehashi.events.MeetingService;
import org.kakehashi.events.PastMeeting;
import org.kakehashi.reports.OutcomeDraft;
import org.kakehashi.reports.OutcomeKind;
import org.kakehashi.reports.OutcomeSource;
import org.kakehashi.requests.EntryRequest;
import org.kakehashi.requests.RequestAccess;
import org.kakehashi.requests.RequestService;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The meeting or entry-portal request an outcome answers, read through the events and
 * requests facades with the user's own access: the draft a follow-up link opens, and the
 * check that an outcome recorded with a source matches it. A user learns nothing of a
 * source they may not record for: no draft, as if it did not exist.
 */
@Component
public class OutcomeSources {

	private final MeetingService meetings;

	private final RequestService requests;

	OutcomeSources(MeetingService meetings, RequestService requests) {
		this.meetings = meetings;
		this.requests = requests;
	}

	/**
	 * The draft for one source (for a request, one introduced organisation:
	 * {@code partner}, or the first one), or empty when the user may not record an
	 * outcome of it.
	 */
	public Optional<OutcomeDraft> draftFor(CurrentUser user, OutcomeSource source, String ref,
			@Nullable String partner) {
		return switch (source) {
			case MEETING -> meeting(user, ref);
			case REQUEST -> request(user, ref, partner);
			case OPPORTUNITY, OTHER -> Optional.empty();
		};
	}

	private Optional<OutcomeDraft> meeting(CurrentUser user, String ref) {
		long id;
		try {
			id = Long.parseLong(ref);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		return meetings.pastMeeting(id)
			.flatMap(m -> m.parties()
				.stream()
				.filter(p -> mayRecordFor(user, p))
				.findFirst()
				.flatMap(own -> meetingDraft(m, own, ref)));
	}

	private static Optional<OutcomeDraft> meetingDraft(PastMeeting m, MeetingParty own, String ref) {
		String partner = m.otherThan(own).organizationId();
		return partner == null || own.organizationId() == null ? Optional.empty()
				: Optional.of(draft(own.organizationId(), partner, OutcomeSource.MEETING, ref, m.day()));
	}

	private Optional<OutcomeDraft> request(CurrentUser user, String ref, @Nullable String partner) {
		EntryRequest r;
		try {
			r = requests.request(user, ref);
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
		// the requester's side only: the partner cluster's managers may not even see who
		// asked (a concealed requester), and record for their own cluster's organisations
		if (!RequestAccess.isRequester(user, r) && !RequestAccess.isManagerOf(user, r.homeCluster())) {
			return Optional.empty();
		}
		return requests.introductions(user, r.id())
			.stream()
			.filter(i -> partner == null || i.organizationId().equals(partner))
			.findFirst()
			.map(i -> draft(r.requesterOrganization(), i.organizationId(), OutcomeSource.REQUEST, r.id(),
					i.at().atZone(ZoneOffset.UTC).toLocalDate()));
	}

	private static boolean mayRecordFor(CurrentUser user, MeetingParty party) {
		String organization = party.organizationId();
		if (organization == null) {
			return false;
		}
		return switch (user.role()) {
			case MEMBER -> organization.equals(user.organizationId());
			case CLUSTER_MANAGER -> party.clusterId() != null && party.clusterId().equals(user.clusterId());
			case ADMIN, FUNDER -> false;
		};
	}

	private static OutcomeDraft draft(String organization, String partner, OutcomeSource source, String ref,
			LocalDate day) {
		return new OutcomeDraft(organization, partner, OutcomeKind.NOTHING_YET, source, ref, day, false);
	}

}
