package org.kakehashi.events;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.kakehashi.accounts.AccountService;
import org.kakehashi.accounts.UserView;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.directory.Organization;
import org.kakehashi.events.internal.ParticipantRepository;
import org.kakehashi.events.internal.SlotRepository;
import org.kakehashi.shared.AuditEntry;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.DuplicateException;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.NotFoundException;
import org.kakehashi.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration of people, delegations and guests for an event, and the slots each marks
 * as available. The participant list is visible to the event's participants and
 * organisers only: who meets whom at a partnering event is business information.
 */
@Service
public class RegistrationService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final EventService events;

	private final ParticipantRepository participants;

	private final SlotRepository slots;

	private final AccountService accounts;

	private final DirectoryService directory;

	private final WorkingHours workingHours;

	private final ApplicationEventPublisher publisher;

	RegistrationService(EventService events, ParticipantRepository participants, SlotRepository slots,
			AccountService accounts, DirectoryService directory, WorkingHours workingHours,
			ApplicationEventPublisher publisher) {
		this.events = events;
		this.participants = participants;
		this.slots = slots;
		this.accounts = accounts;
		this.directory = directory;
		this.workingHours = workingHours;
		this.publisher = publisher;
	}

	/**
	 * Registers the user (not for an event that has ended: EventEndedException): members
	 * as themselves (with their organisation), managers as themselves or, with a
	 * delegation name, a delegation of their cluster meeting as one party.
	 */
	@Transactional
	public Participant register(CurrentUser user, String eventId, @Nullable String delegationName) {
		return register(user, eventId, delegationName, false);
	}

	/**
	 * As {@link #register(CurrentUser, String, String)}; with {@code afterEnd} the caller
	 * records who took part in an event that is over (the demo data), so it is not
	 * refused for that. Pages and the API never pass it.
	 */
	@Transactional
	public Participant register(CurrentUser user, String eventId, @Nullable String delegationName, boolean afterEnd) {
		Event event = events.event(eventId);
		if (user.role() != Role.MEMBER && user.role() != Role.CLUSTER_MANAGER) {
			throw new ForbiddenException("members and cluster managers register for events");
		}
		if (!afterEnd) {
			events.requireNotEnded(event, EventEndedException.Action.REGISTRATION);
		}
		if (participants.findByUser(eventId, user.username()).isPresent()) {
			throw new DuplicateException("username", user.username() + " is already registered for " + eventId);
		}
		boolean delegation = user.role() == Role.CLUSTER_MANAGER && delegationName != null && !delegationName.isBlank();
		ParticipantKind kind = user.role() == Role.MEMBER ? ParticipantKind.MEMBER
				: delegation ? ParticipantKind.DELEGATION : ParticipantKind.MANAGER;
		String name = delegation ? delegationName.strip() : user.displayName();
		String zone = accounts.user(user.username()).map(UserView::timeZone).orElse(null);
		Participant p = new Participant(0, eventId, kind, user.username(), name, user.organizationId(),
				user.clusterId(), zone == null ? event.timeZone() : zone, newFeedToken());
		return save(user, p);
	}

	/**
	 * Organisers register a guest organisation without an account (it cannot sign in).
	 */
	@Transactional
	public Participant registerGuest(CurrentUser organizer, String eventId, String organizationId, String timeZone) {
		return registerGuest(organizer, eventId, organizationId, timeZone, false);
	}

	/**
	 * As above; {@code afterEnd} as in
	 * {@link #register(CurrentUser, String, String, boolean)}.
	 */
	@Transactional
	public Participant registerGuest(CurrentUser organizer, String eventId, String organizationId, String timeZone,
			boolean afterEnd) {
		Event event = events.organizedEvent(organizer, eventId);
		if (!afterEnd) {
			events.requireNotEnded(event, EventEndedException.Action.REGISTRATION);
		}
		Organization org = directory.organization(organizationId);
		Participant p = new Participant(0, eventId, ParticipantKind.GUEST, null,
				org.names()
					.in(java.util.Locale
						.forLanguageTag(org.country() != null && org.country().equals("JP") ? "ja" : "en")),
				org.id(), org.clusterId(), timeZone, newFeedToken());
		return save(organizer, p);
	}

	private Participant save(CurrentUser actor, Participant p) {
		long id = participants.insert(p);
		publisher.publishEvent(AuditEntry.by(actor, "event.registered", "event", p.eventId(), "participant " + id));
		return participants.findById(id).orElseThrow();
	}

	public Optional<Participant> participantOf(CurrentUser user, String eventId) {
		return participants.findByUser(eventId, user.username());
	}

	/** The user's own participant; ForbiddenException if they are not registered. */
	public Participant requireParticipant(CurrentUser user, String eventId) {
		events.event(eventId);
		return participantOf(user, eventId)
			.orElseThrow(() -> new ForbiddenException("register for event '" + eventId + "' first"));
	}

	public Participant participant(String eventId, long id) {
		return participants.findById(id)
			.filter(p -> p.eventId().equals(eventId))
			.orElseThrow(() -> new NotFoundException("participant", String.valueOf(id)));
	}

	/** Everyone registered, for organisers and the event's own participants. */
	public List<Participant> participants(CurrentUser user, String eventId) {
		Event event = events.event(eventId);
		if (!event.organizedBy(user) && participantOf(user, eventId).isEmpty()) {
			throw new ForbiddenException("the participant list is for the event's participants and organisers");
		}
		return participants.findByEvent(eventId);
	}

	/**
	 * The availability grid of a participant: every slot, marked or not, and usable or
	 * not.
	 */
	public List<SlotChoiceView> availability(Participant p) {
		Event event = events.event(p.eventId());
		Set<Long> marked = participants.availability(p.id());
		return slots.findByEvent(p.eventId())
			.stream()
			.map(s -> new SlotChoiceView(s, marked.contains(s.id()), usable(event, s, p)))
			.toList();
	}

	/**
	 * Marks or unmarks one slot; the user's own participant, or any participant for
	 * organisers.
	 */
	@Transactional
	public SlotChoiceView setAvailable(CurrentUser user, String eventId, long participantId, long slotId,
			boolean available) {
		Event event = events.event(eventId);
		Participant p = participant(eventId, participantId);
		if (!event.organizedBy(user) && !user.username().equals(p.username())) {
			throw new ForbiddenException("participants mark their own availability");
		}
		EventSlot slot = slots.findById(slotId)
			.filter(s -> s.eventId().equals(eventId))
			.orElseThrow(() -> new NotFoundException("slot", String.valueOf(slotId)));
		boolean usable = usable(event, slot, p);
		participants.setAvailable(p.id(), slotId, available && usable);
		return new SlotChoiceView(slot, available && usable, usable);
	}

	/** Online meetings only happen inside the participant's own working hours. */
	boolean usable(Event event, EventSlot slot, Participant p) {
		return event.kind() != EventKind.ONLINE_PARTNERING
				|| workingHours.contains(slot.startsAt(), slot.minutes(), p.zone());
	}

	private static String newFeedToken() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
