package org.kakehashi.requests.internal;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.AbsoluteLinks;
import org.kakehashi.accounts.UserView;
import org.kakehashi.notifications.Notifications;
import org.kakehashi.requests.EntryRequest;
import org.kakehashi.requests.EntryRequestChanged;
import org.kakehashi.requests.RequestAccess;
import org.kakehashi.requests.RequestParties;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails the parties of a request about each step, in each recipient's language, after the
 * step is committed. Recipients are always drawn from {@link RequestParties#readers},
 * i.e. people {@code RequestAccess} lets see the request; the actor gets no mail about
 * their own step. Mails are queued in the outbox, keyed by the step (or the service-level
 * reminder) and the recipient, so handling an event again queues nothing twice.
 */
@Component
class RequestMails {

	enum Party {

		REQUESTER, HOME, PARTNER

	}

	private final RequestRepository requests;

	private final RequestParties parties;

	private final Notifications notifications;

	private final AbsoluteLinks links;

	private final ConcealedRequesters concealed;

	RequestMails(RequestRepository requests, RequestParties parties, Notifications notifications, AbsoluteLinks links,
			ConcealedRequesters concealed) {
		this.requests = requests;
		this.concealed = concealed;
		this.parties = parties;
		this.notifications = notifications;
		this.links = links;
	}

	static Set<Party> audience(String action) {
		return switch (action) {
			case "filed" -> EnumSet.of(Party.HOME);
			case "forward" -> EnumSet.of(Party.PARTNER);
			case "accept", "decline", "introduce", "close" -> EnumSet.of(Party.REQUESTER, Party.HOME);
			case "feedback" -> EnumSet.of(Party.HOME, Party.PARTNER);
			case "message" -> EnumSet.allOf(Party.class);
			default -> EnumSet.noneOf(Party.class);
		};
	}

	@ApplicationModuleListener
	void on(EntryRequestChanged event) {
		EntryRequest r = requests.findById(event.requestId()).orElse(null);
		if (r == null) {
			return;
		}
		Set<Party> audience = audience(event.action());
		List<UserView> readers = parties.readers(r);
		// Towards the partner's managers a concealed requester's people stay anonymous;
		// the two clusters' managers are named.
		boolean actorIsManager = readers.stream()
			.anyMatch(u -> u.username().equals(event.actor()) && u.role() == Role.CLUSTER_MANAGER);
		boolean requesterConcealed = !actorIsManager && concealed.isConcealed(r.id());
		// people by their display name; a user name is a sign-in detail
		String actorName = parties.user(event.actor()).map(CurrentUser::displayName).orElse("");
		for (UserView u : readers) {
			boolean assigned = event.action().equals("assign") && u.username().equals(r.assignee());
			if (!u.username().equals(event.actor()) && (assigned || audience.stream().anyMatch(p -> is(u, p, r)))) {
				Map<String, Object> values = values(r, event.action(), actorName, detail(r, event));
				if (requesterConcealed && !RequestAccess.seesRequester(RequestParties.asUser(u), r, true)) {
					values.put("actorConcealed", true);
					values.put("home", parties.cluster(r.homeCluster()).names());
				}
				notifications.toUser(
						"request-" + event.action() + ":" + r.id() + ":" + event.occurrence() + ":" + u.username(),
						u.username(), "request", values);
			}
		}
	}

	/**
	 * Only for {@link ReminderDue} events stored before reminders were queued directly by
	 * {@link ServiceLevelReminders}; queues under the same keys, so nothing goes out
	 * twice.
	 */
	@ApplicationModuleListener
	void on(ReminderDue event) {
		requests.findById(event.requestId())
			.ifPresent(r -> remind(r, event.kind(), event.cluster(), event.lastDay(), event.zone()));
	}

	/**
	 * Queues a service-level reminder of {@code kind} to the managers of the responding
	 * {@code cluster} who may see the request, once per request, kind and manager;
	 * returns how many were queued now.
	 */
	int remind(EntryRequest r, String kind, String cluster, String lastDay, String zone) {
		String action = kind.endsWith("overdue") ? "overdue" : "due";
		return (int) parties.readers(r)
			.stream()
			.filter(u -> u.role() == Role.CLUSTER_MANAGER && cluster.equals(u.cluster()))
			.filter(u -> notifications.toUser("request-" + kind + ":" + r.id() + ":" + u.username(), u.username(),
					"request", values(r, action, "", lastDay + " (" + zone + ")")))
			.count();
	}

	private static boolean is(UserView u, Party p, EntryRequest r) {
		return switch (p) {
			case REQUESTER -> u.role() == Role.MEMBER && r.requesterOrganization().equals(u.organization());
			case HOME -> u.role() == Role.CLUSTER_MANAGER && r.homeCluster().equals(u.cluster());
			case PARTNER ->
				u.role() == Role.CLUSTER_MANAGER && u.cluster() != null && u.cluster().equals(r.partnerCluster());
		};
	}

	private static @Nullable String detail(EntryRequest r, EntryRequestChanged e) {
		return switch (e.action()) {
			case "decline" -> r.declineReason();
			case "close" -> r.outcome() == null ? null : r.outcome().code();
			case "forward" -> r.partnerCluster();
			default -> null;
		};
	}

	private Map<String, Object> values(EntryRequest r, String action, String actor, @Nullable String detail) {
		Map<String, Object> v = new HashMap<>();
		v.put("action", action);
		v.put("actor", actor);
		v.put("title", r.title());
		v.put("type", r.type().code());
		v.put("state", r.state().code());
		v.put("detail", detail);
		v.put("outcome", r.outcome() == null ? null : r.outcome().code());
		v.put("url", links.forMail() + "/requests/" + r.id());
		return v;
	}

}
