package org.kakehashi.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.kakehashi.accounts.AccountService;
import org.kakehashi.accounts.UserView;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.LocalizedText;

/**
 * Builds fresh events for tests: unique ids, so tests sharing one database never meet.
 */
record PartneringFixture(EventService events, RegistrationService registrations, MeetingRequestService requests,
		AccountService accounts) {

	static final LocalDate DAY = LocalDate.of(2027, 3, 10);

	CurrentUser user(String username) {
		UserView u = accounts.user(username).orElseThrow();
		return new CurrentUser(u.id(), u.username(), u.displayName(), u.role(), u.cluster(), u.organization());
	}

	/**
	 * A BioM-organised partnering event (Europe/Berlin) with one day of {@code slots}
	 * 30-minute slots.
	 */
	Event event(String prefix, EventKind kind, int slots, int tables) {
		String id = prefix + "-" + System.nanoTime();
		Event event = events.create(user("manager.biom"),
				new EventDraft(id, kind.code(), null, "Test partnering " + id, "テスト " + id, null, null, null,
						"Europe/Berlin", LocalDateTime.of(DAY, LocalTime.of(8, 0)),
						LocalDateTime.of(DAY, LocalTime.of(18, 0)), "ICM", "München", "DE", null, List.of("biom"), 0L)
					.toEvent());
		events.generateSlots(user("manager.biom"), id, new SlotPlan(List.of(DAY),
				SlotPlan.every(LocalTime.of(9, 0), LocalTime.of(9, 0).plusMinutes(30L * slots), 30), 30, tables));
		return event;
	}

	Participant guest(Event event, String organization) {
		return registrations.registerGuest(user("manager.biom"), event.id(), organization,
				organization.startsWith("biom") || organization.startsWith("lsn") ? "Europe/Berlin" : "Asia/Tokyo");
	}

	MeetingRequest accepted(Event event, Participant a, Participant b) {
		MeetingRequest r = requests.propose(user("manager.biom"), event.id(), a.id(), b.id(), 2, "Let us meet");
		return requests.accept(user("manager.biom"), r.id(), null);
	}

	static LocalizedText names(String en) {
		return LocalizedText.of("en", en);
	}

}
