package org.kakehashi.soak;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

import org.kakehashi.soak.SoakUser.Role;

/**
 * The realistic mix, as two small tables. Each visit signs a demo user in, performs a few
 * actions drawn by weight from those the user's role would do, and signs out. Heavier
 * work (a scheduler run, an import, a search index rebuild) is not drawn by weight but
 * done when due, by whichever visit comes first, so it happens at a steady pace whatever
 * the request rate.
 */
final class SoakMix {

	/** One row of the weighted table. */
	record Action(String name, int weight, Set<Role> roles, Consumer<Visit> behaviour) {
	}

	/** One row of the periodic table: done every {@code every} by {@code username}. */
	record Periodic(String name, Duration every, String username, Consumer<Visit> behaviour) {
	}

	private static final Set<Role> ANYONE = Set.of(Role.ADMIN, Role.MANAGER, Role.MEMBER, Role.FUNDER);

	private static final Set<Role> MANAGERS = Set.of(Role.MANAGER);

	private static final Set<Role> CLUSTER_PEOPLE = Set.of(Role.MANAGER, Role.MEMBER);

	static final List<Action> ACTIONS = List.of(new Action("browse pages", 30, ANYONE, SoakActions::browsePage),
			new Action("read the API", 10, ANYONE, SoakActions::readApi),
			new Action("switch language", 4, ANYONE, SoakActions::switchLanguage),
			new Action("save profile", 3, ANYONE, SoakActions::saveProfile),
			new Action("write a post", 3, MANAGERS, SoakActions::writePost),
			new Action("comment on a post", 4, MANAGERS, SoakActions::commentOnPost),
			new Action("file an entry-portal request", 3, Set.of(Role.MEMBER), SoakActions::fileRequest),
			new Action("advance a request", 6, CLUSTER_PEOPLE, SoakActions::advanceRequest),
			new Action("express or answer interest", 4, CLUSTER_PEOPLE, SoakActions::expressInterest),
			new Action("offer an opportunity", 1, CLUSTER_PEOPLE, SoakActions::offerOpportunity),
			new Action("edit an organisation", 3, CLUSTER_PEOPLE, SoakActions::editOrganization),
			new Action("edit an agreement", 2, MANAGERS, SoakActions::editAgreement),
			new Action("register for the event", 2, CLUSTER_PEOPLE, SoakActions::registerForEvent),
			new Action("set availability", 3, CLUSTER_PEOPLE, SoakActions::setAvailability),
			new Action("request or accept a meeting", 3, CLUSTER_PEOPLE, SoakActions::requestMeeting),
			new Action("view administration pages", 5, Set.of(Role.ADMIN), SoakActions::viewAdminPages));

	private final List<Periodic> periodic;

	private final AtomicLong[] lastRun;

	SoakMix(List<Periodic> periodic) {
		this.periodic = periodic;
		this.lastRun = periodic.stream().map(p -> new AtomicLong(System.nanoTime())).toArray(AtomicLong[]::new);
	}

	/** The periodic work at the pace a long soak uses. */
	static List<Periodic> standardPeriodic(Duration scale) {
		return List.of(new Periodic("run the scheduler", scale, "manager.biom", SoakActions::runScheduler),
				new Periodic("import organisations (API)", scale, "admin", SoakActions::importOrganizations),
				new Periodic("rebuild the search index", scale.multipliedBy(2), "admin",
						SoakActions::rebuildSearchIndex));
	}

	static Action draw(Role role, RandomGenerator random) {
		List<Action> mine = ACTIONS.stream().filter(a -> a.roles().contains(role)).toList();
		int ticket = random.nextInt(mine.stream().mapToInt(Action::weight).sum());
		for (Action a : mine) {
			ticket -= a.weight();
			if (ticket < 0) {
				return a;
			}
		}
		throw new IllegalStateException("weights");
	}

	/** Claims the periodic work that is due, if any (only one caller gets it). */
	Periodic due() {
		long now = System.nanoTime();
		for (int i = 0; i < periodic.size(); i++) {
			long last = lastRun[i].get();
			if (now - last >= periodic.get(i).every().toNanos() && lastRun[i].compareAndSet(last, now)) {
				return periodic.get(i);
			}
		}
		return null;
	}

}
