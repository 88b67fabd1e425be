package org.kakehashi.events.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.kakehashi.accounts.AccountService;
import org.kakehashi.accounts.UserView;
import org.kakehashi.events.EventService;
import org.kakehashi.events.EventSlot;
import org.kakehashi.events.MeetingRequest;
import org.kakehashi.events.MeetingRequestService;
import org.kakehashi.events.Participant;
import org.kakehashi.events.RegistrationService;
import org.kakehashi.events.SlotPlan;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes the demo BIO-Europe 2026 event ready to schedule: two days of eight 30-minute
 * slots with ten tables, the demo users and fictional guest organisations registered with
 * availability, and German–Japanese meeting requests (most accepted, some pending) so
 * manager.biom can run and publish the schedule in the browser. Runs after the demo data,
 * only while the event has no slots. The event may be over by the time the demo is
 * loaded; its registrations and requests are then recorded as having taken place.
 */
@Component
@Order(20)
class DemoPartnering implements ApplicationRunner {

	static final String EVENT = "bio-europe-2026";

	private static final Logger log = LoggerFactory.getLogger(DemoPartnering.class);

	private static final CurrentUser SYSTEM = new CurrentUser(0, "demo-loader", "Demo loader", Role.ADMIN, null, null);

	private static final List<String> GERMAN_GUESTS = List.of("biom-0002", "biom-0003", "biom-0004", "biom-0005",
			"lsn-0002", "lsn-0003", "lsn-0004");

	private static final List<String> JAPANESE_GUESTS = List.of("obhq-0002", "obhq-0003", "obhq-0004", "kawasaki-0002",
			"kawasaki-0003", "fbri-0002", "fbri-0003");

	private final boolean enabled;

	private final EventService events;

	private final RegistrationService registrations;

	private final MeetingRequestService requests;

	private final AccountService accounts;

	DemoPartnering(@Value("${kakehashi.demo.enabled:true}") boolean enabled, EventService events,
			RegistrationService registrations, MeetingRequestService requests, AccountService accounts) {
		this.enabled = enabled;
		this.events = events;
		this.registrations = registrations;
		this.requests = requests;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || events.all().stream().noneMatch(e -> e.id().equals(EVENT)) || !events.slots(EVENT).isEmpty()) {
			return;
		}
		List<LocalDate> days = List.of(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3));
		events.generateSlots(SYSTEM, EVENT,
				new SlotPlan(days, SlotPlan.every(LocalTime.of(9, 0), LocalTime.of(13, 0), 30), 30, 10));
		List<Participant> german = new ArrayList<>();
		List<Participant> japanese = new ArrayList<>();
		user("member.biom", null).ifPresent(german::add);
		user("member.lsn", null).ifPresent(german::add);
		user("member.osaka", null).ifPresent(japanese::add);
		user("member.kawasaki", null).ifPresent(japanese::add);
		user("manager.osaka", "Osaka Bio Headquarters – Delegation").ifPresent(japanese::add);
		GERMAN_GUESTS.forEach(o -> german.add(registrations.registerGuest(SYSTEM, EVENT, o, "Europe/Berlin", true)));
		JAPANESE_GUESTS.forEach(o -> japanese.add(registrations.registerGuest(SYSTEM, EVENT, o, "Asia/Tokyo", true)));
		Random random = new Random(2026);
		List<EventSlot> slots = events.slots(EVENT);
		for (Participant p : concat(german, japanese)) {
			if (!"member.lsn".equals(p.username())) {
				slots.stream()
					.filter(s -> random.nextInt(10) < 7)
					.forEach(s -> registrations.setAvailable(SYSTEM, EVENT, p.id(), s.id(), true));
			}
		}
		int made = meetings(german, japanese, random);
		log.info("Demo partnering for {}: {} slots, {} participants, {} meeting requests", EVENT, slots.size(),
				german.size() + japanese.size(), made);
	}

	private int meetings(List<Participant> german, List<Participant> japanese, Random random) {
		int made = 0;
		for (int g = 0; g < german.size(); g++) {
			for (int k = 0; k < 4; k++) {
				Participant jp = japanese.get((g * 3 + k * 2) % japanese.size());
				boolean fromGerman = (g + k) % 2 == 0;
				Participant a = fromGerman ? german.get(g) : jp;
				Participant b = fromGerman ? jp : german.get(g);
				MeetingRequest r = requests.propose(SYSTEM, EVENT, a.id(), b.id(), 1 + random.nextInt(3),
						"Partnering at BIO-Europe: licensing and co-development / ライセンス・共同開発について", true);
				boolean leavePending = k == 3 && "member.biom".equals(b.username());
				if (!leavePending) {
					requests.accept(SYSTEM, r.id(), null);
				}
				made++;
			}
		}
		return made;
	}

	private java.util.Optional<Participant> user(String username, String delegation) {
		return accounts.user(username).map(u -> registrations.register(current(u), EVENT, delegation, true));
	}

	private static CurrentUser current(UserView u) {
		return new CurrentUser(u.id(), u.username(), u.displayName(), u.role(), u.cluster(), u.organization());
	}

	private static List<Participant> concat(List<Participant> a, List<Participant> b) {
		List<Participant> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

}
