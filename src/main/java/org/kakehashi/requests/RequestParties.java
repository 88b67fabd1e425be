package org.kakehashi.requests;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.kakehashi.accounts.AccountService;
import org.kakehashi.accounts.UserView;
import org.kakehashi.agreements.AgreementService;
import org.kakehashi.directory.Cluster;
import org.kakehashi.directory.DirectoryService;
import org.kakehashi.directory.Organization;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.NotFoundException;
import org.kakehashi.shared.LocalizedText;
import org.kakehashi.shared.Role;
import org.springframework.stereotype.Service;

/**
 * Who takes part in requests, read from the directory, agreements and accounts: the
 * partner clusters a home cluster may forward to, the managers of a cluster, and the
 * people who may read a given request (the mail recipients, filtered by
 * {@link RequestAccess}).
 */
@Service
public class RequestParties {

	private final DirectoryService directory;

	private final AgreementService agreements;

	private final AccountService accounts;

	private final RequestClocks clocks;

	RequestParties(DirectoryService directory, AgreementService agreements, AccountService accounts,
			RequestClocks clocks) {
		this.directory = directory;
		this.agreements = agreements;
		this.accounts = accounts;
		this.clocks = clocks;
	}

	public Optional<Organization> organization(String id) {
		try {
			return Optional.of(directory.organization(id));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	public void requireOrganization(String id) {
		if (organization(id).isEmpty()) {
			throw new InvalidRequestException("organizations", "unknown organisation '" + id + "'");
		}
	}

	/**
	 * Clusters that signed an agreement with {@code home} (organisations as parties left
	 * out).
	 */
	public Set<String> partnerClusters(String home) {
		Set<String> clusters = new TreeSet<>(directory.clusters().stream().map(Cluster::id).toList());
		clusters.retainAll(agreements.partnersOf(home));
		return clusters;
	}

	/** The agreement a request travels under from {@code home} to {@code partner}. */
	public String agreementFor(String home, String partner) {
		if (!partnerClusters(home).contains(partner)) {
			throw new InvalidRequestException("partnerCluster",
					"'" + partner + "' is not a partner cluster of " + home);
		}
		return clocks.agreementBetween(home, partner)
			.map(a -> a.agreement().id())
			.orElseThrow(() -> new InvalidRequestException("partnerCluster", "no agreement with '" + partner + "'"));
	}

	/** An agreement's titles, to show instead of its id. */
	public LocalizedText agreementTitles(String agreementId) {
		return agreements.agreement(agreementId).agreement().titles();
	}

	public List<UserView> managersOf(String cluster) {
		return accounts.users()
			.stream()
			.filter(u -> u.enabled() && u.role() == Role.CLUSTER_MANAGER && cluster.equals(u.cluster()))
			.toList();
	}

	public void requireManagerOf(String username, String cluster) {
		if (managersOf(cluster).stream().noneMatch(u -> u.username().equals(username))) {
			throw new InvalidRequestException("assignee", "'" + username + "' is no manager of " + cluster);
		}
	}

	/**
	 * Every enabled user who may read the request: the only people mails about it may go
	 * to.
	 */
	public List<UserView> readers(EntryRequest request) {
		return accounts.users().stream().filter(u -> u.enabled() && RequestAccess.canSee(asUser(u), request)).toList();
	}

	public static CurrentUser asUser(UserView u) {
		return new CurrentUser(u.id(), u.username(), u.displayName(), u.role(), u.cluster(), u.organization());
	}

	/**
	 * The user as the domain sees them, e.g. for the demo loader acting as demo users.
	 */
	public Optional<CurrentUser> user(String username) {
		return accounts.user(username).map(RequestParties::asUser);
	}

	public Cluster cluster(String id) {
		return directory.cluster(id);
	}

}
