package org.kakehashi.requests;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.Role;

/**
 * The one place that decides who may see and do what with a request. Pages, the API,
 * lists, mails and the attachment download all ask here.
 * <p>
 * A request is visible only to the people of the requesting organisation and to the
 * managers of its home cluster and of the partner cluster it was forwarded to.
 * Administrators and funders are not parties: they see no request (404 like everyone
 * else) — an SME's market-entry plans are business secrets shared with named clusters,
 * and platform operation needs no access to them; aggregate counts reach reports through
 * the commitments (docs/decisions/0005). {@link CurrentUser#managesCluster} is
 * deliberately not used, as it lets administrators in.
 */
public final class RequestAccess {

	private RequestAccess() {
	}

	public static boolean canSee(@Nullable CurrentUser user, EntryRequest r) {
		return user != null && (isRequester(user, r) || isManagerOf(user, r.homeCluster())
				|| isManagerOf(user, r.partnerCluster()));
	}

	/**
	 * Whether the reader may see who asked: every reader, except the partner cluster's
	 * managers while the requester is concealed (a request filed for an expression of
	 * interest, before both sides consented to be named).
	 */
	public static boolean seesRequester(CurrentUser user, EntryRequest r, boolean concealed) {
		return !concealed || isRequester(user, r) || isManagerOf(user, r.homeCluster());
	}

	/**
	 * People of the requesting organisation (not the manager who filed on its behalf).
	 */
	public static boolean isRequester(CurrentUser user, EntryRequest r) {
		return user.role() == Role.MEMBER && r.requesterOrganization().equals(user.organizationId());
	}

	public static boolean isManagerOf(CurrentUser user, @Nullable String cluster) {
		return user.role() == Role.CLUSTER_MANAGER && cluster != null && cluster.equals(user.clusterId());
	}

	/**
	 * Whether the user's part in the request lets them take {@code action} at all. The
	 * request's state may still refuse it (the aggregate throws
	 * {@link IllegalTransitionException}).
	 */
	public static boolean hasRoleFor(CurrentUser user, EntryRequest r, RequestStep.Action action) {
		return switch (action) {
			case FORWARD -> isManagerOf(user, r.homeCluster());
			case ACCEPT, DECLINE ->
				isManagerOf(user, r.respondingCluster() != null ? r.respondingCluster() : r.actingCluster());
			case START, INTRODUCE, CLOSE, ASSIGN -> isManagerOf(user, r.actingCluster());
			case FEEDBACK -> isRequester(user, r);
		};
	}

	/** The steps to offer this user now: role and state both allow them. */
	public static Set<RequestStep.Action> allowedActions(@Nullable CurrentUser user, EntryRequest r) {
		Set<RequestStep.Action> allowed = EnumSet.noneOf(RequestStep.Action.class);
		if (user == null || !canSee(user, r)) {
			return allowed;
		}
		for (RequestStep.Action a : RequestStep.Action.values()) {
			if (hasRoleFor(user, r, a) && stateAllows(r, a)) {
				allowed.add(a);
			}
		}
		return allowed;
	}

	private static boolean stateAllows(EntryRequest r, RequestStep.Action action) {
		RequestState s = r.state();
		return switch (action) {
			case FORWARD -> s == RequestState.SUBMITTED;
			case ACCEPT, DECLINE -> s.isOpen();
			case START -> s == RequestState.ACCEPTED;
			case INTRODUCE, CLOSE -> s == RequestState.IN_PROGRESS || s == RequestState.INTRODUCTIONS_MADE;
			case ASSIGN -> !s.isFinished();
			case FEEDBACK -> s == RequestState.CLOSED && r.feedback() == null;
		};
	}

	/**
	 * Who may file for {@code organization} of {@code cluster}: its own people, or a
	 * manager of its cluster on its behalf.
	 */
	public static boolean mayFileFor(CurrentUser user, String organization, @Nullable String cluster) {
		return (user.role() == Role.MEMBER && organization.equals(user.organizationId())) || isManagerOf(user, cluster);
	}

}
