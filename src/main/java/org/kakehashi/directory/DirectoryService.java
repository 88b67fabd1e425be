package org.kakehashi.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kakehashi.directory.internal.ClusterRepository;
import org.kakehashi.directory.internal.OrganizationBatches;
import org.kakehashi.directory.internal.OrganizationExport;
import org.kakehashi.directory.internal.OrganizationImporter;
import org.kakehashi.directory.internal.OrganizationRepository;
import org.kakehashi.shared.AuditEntry;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.DuplicateException;
import org.kakehashi.shared.FieldProblem;
import org.kakehashi.shared.ForbiddenException;
import org.kakehashi.shared.InvalidInputException;
import org.kakehashi.shared.LocalizedText;
import org.kakehashi.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory facade. Reads are open to every signed-in user except contacts, which
 * stay inside the organisation's cluster; changes are for administrators, the cluster's
 * managers, and (for their own profile) the organisation's members.
 */
@Service
public class DirectoryService {

	private final ClusterRepository clusters;

	private final OrganizationRepository organizations;

	private final OrganizationImporter importer;

	private final ApplicationEventPublisher events;

	private final OrganizationBatches batches;

	private final OrganizationExport exports;

	private static final int EXPORT_PAGE = 500;

	DirectoryService(ClusterRepository clusters, OrganizationRepository organizations, OrganizationImporter importer,
			ApplicationEventPublisher events, OrganizationBatches batches, OrganizationExport exports) {
		this.clusters = clusters;
		this.organizations = organizations;
		this.importer = importer;
		this.events = events;
		this.batches = batches;
		this.exports = exports;
	}

	public List<Cluster> clusters() {
		return clusters.findAll();
	}

	public Cluster cluster(String id) {
		return clusters.findById(id).orElseThrow(() -> new NotFoundException("cluster", id));
	}

	public List<Region> regions() {
		return clusters.regions();
	}

	public Region region(String id) {
		return clusters.region(id).orElseThrow(() -> new NotFoundException("region", id));
	}

	public Organization organization(String id) {
		return organizations.findById(id).orElseThrow(() -> new NotFoundException("organization", id));
	}

	/** The organisations among {@code ids} that exist, in no particular order. */
	public List<Organization> organizations(Collection<String> ids) {
		return organizations.findAll(ids);
	}

	/**
	 * The cluster an organisation belongs to now (null if none or unknown): accounts
	 * derive a member's cluster from it on every request instead of keeping a copy.
	 */
	public @Nullable String clusterOf(String organizationId) {
		return organizations.clusterOf(organizationId).orElse(null);
	}

	/** The clusters of many organisations, in one query; those without one are absent. */
	public Map<String, String> clustersOf(Collection<String> organizationIds) {
		return organizations.clustersOf(organizationIds);
	}

	public OrganizationPage organizations(OrganizationQuery query) {
		return organizations.find(query);
	}

	/**
	 * Every organisation, read page by page in id order so that rebuilding an index over
	 * 100,000 organisations never holds them all in memory.
	 */
	public java.util.Iterator<Organization> allOrganizations() {
		return new java.util.Iterator<>() {

			private List<Organization> page = organizations.findAfter("", 1000);

			private int next;

			@Override
			public boolean hasNext() {
				if (next == page.size() && page.size() == 1000) {
					page = organizations.findAfter(page.get(page.size() - 1).id(), 1000);
					next = 0;
				}
				return next < page.size();
			}

			@Override
			public Organization next() {
				if (!hasNext()) {
					throw new java.util.NoSuchElementException();
				}
				return page.get(next++);
			}

		};
	}

	/**
	 * The version of every organisation, by id: what a search index compares its
	 * documents with.
	 */
	/** Up to {@code limit} organisations of each cluster, for pickers; one query. */
	public List<Organization> organizationsOfClusters(Collection<String> clusters, int limit) {
		return organizations.findByClusters(clusters, limit);
	}

	public Map<String, Long> organizationVersions() {
		return organizations.versions();
	}

	public long organizationCount() {
		return organizations.count();
	}

	/** Member organisations per cluster id, for lists of clusters. */
	public Map<String, Long> memberCounts() {
		return organizations.countPerCluster();
	}

	public long memberCount(String cluster) {
		return organizations.countByCluster(cluster);
	}

	/** Whether {@code user} may see the contact people of {@code org}. */
	public boolean maySeeContacts(CurrentUser user, Organization org) {
		return user.belongsToCluster(org.clusterId()) || user.belongsToOrganization(org.id());
	}

	public boolean mayEdit(CurrentUser user, Organization org) {
		return user.managesCluster(org.clusterId()) || user.belongsToOrganization(org.id());
	}

	/** Contacts of an organisation, or null when the user may not see them. */
	public @Nullable List<Contact> contactsFor(CurrentUser user, Organization org) {
		return maySeeContacts(user, org) ? organizations.contacts(org.id()) : null;
	}

	/**
	 * The contacts of each organisation of a page that the user may see them for, read in
	 * one query; organisations whose contacts are hidden from the user are absent.
	 */
	public Map<String, List<Contact>> contactsFor(CurrentUser user, List<Organization> page) {
		List<String> visible = page.stream().filter(o -> maySeeContacts(user, o)).map(Organization::id).toList();
		Map<String, List<Contact>> found = batches.contactsOf(visible);
		Map<String, List<Contact>> result = new HashMap<>();
		visible.forEach(id -> result.put(id, found.getOrDefault(id, List.of())));
		return result;
	}

	/** The contact list of a cluster's members: private to the cluster. */
	public List<OrganizationRepository.ContactRow> clusterContacts(CurrentUser user, String clusterId) {
		Cluster cluster = cluster(clusterId);
		if (!user.belongsToCluster(cluster.id())) {
			throw new ForbiddenException("contacts are visible only inside cluster " + cluster.id());
		}
		return organizations.contactsOfCluster(cluster.id());
	}

	@Transactional
	public Cluster createCluster(CurrentUser user, ClusterDraft draft) {
		if (!user.isAdmin()) {
			throw new ForbiddenException("only administrators create clusters");
		}
		if (clusters.findById(draft.id()).isPresent()) {
			throw new DuplicateException("id", "cluster '" + draft.id() + "' already exists");
		}
		Cluster cluster = toCluster(draft, 0);
		clusters.insert(cluster);
		events.publishEvent(AuditEntry.by(user, "cluster.created", "cluster", cluster.id(), null));
		return cluster(cluster.id());
	}

	@Transactional
	public Cluster updateCluster(CurrentUser user, ClusterDraft draft) {
		Cluster existing = cluster(draft.id());
		if (!user.managesCluster(existing.id())) {
			throw new ForbiddenException("only the cluster's managers edit it");
		}
		clusters.update(toCluster(draft, draft.version()));
		events.publishEvent(AuditEntry.by(user, "cluster.updated", "cluster", existing.id(), null));
		return cluster(existing.id());
	}

	private Cluster toCluster(ClusterDraft d, long version) {
		Region region = region(d.regionId());
		LocalizedText names = LocalizedText.ofUi(d.nameDe(), d.nameEn(), d.nameJa());
		if (names.isEmpty()) {
			throw new InvalidInputException(
					List.of(new FieldProblem("nameEn", "needs a name in at least one language")));
		}
		return new Cluster(d.id(), region.id(), region.country(), d.city(), names,
				LocalizedText.ofUi(d.descriptionDe(), d.descriptionEn(), d.descriptionJa()),
				d.website() == null || d.website().isBlank() ? null : d.website().strip(), version);
	}

	/** Internal: seeds regions (demo data and set-up only). */
	@Transactional
	public void addRegion(Region region) {
		clusters.insertRegion(region);
	}

	/**
	 * Creates or updates an organisation from a contract document. Creating needs a
	 * manager of the target cluster; updating needs {@link #mayEdit}. An update must name
	 * the version it edited.
	 */
	@Transactional
	public Organization save(CurrentUser user, OrganizationDocument doc, boolean create) {
		Organization candidate = OrganizationRules.toOrganization(doc, doc.version() == null ? -1 : doc.version());
		var existing = organizations.findById(candidate.id());
		if (create && existing.isPresent()) {
			throw new DuplicateException("id", "organisation '" + candidate.id() + "' already exists");
		}
		if (!create && existing.isEmpty()) {
			throw new NotFoundException("organization", candidate.id());
		}
		checkCluster(user, candidate, existing.orElse(null));
		if (create) {
			organizations.insert(candidate);
		}
		else {
			organizations.update(candidate);
		}
		if (doc.contacts() != null) {
			organizations.replaceContacts(candidate.id(), doc.contacts());
		}
		events.publishEvent(AuditEntry.by(user, create ? "organization.created" : "organization.updated",
				"organization", candidate.id(), null));
		events.publishEvent(new OrganizationChanged(candidate.id()));
		return organization(candidate.id());
	}

	private void checkCluster(CurrentUser user, Organization candidate, @Nullable Organization existing) {
		if (candidate.clusterId() != null && clusters.findById(candidate.clusterId()).isEmpty()) {
			throw new InvalidInputException(
					List.of(new FieldProblem("cluster", "unknown cluster '" + candidate.clusterId() + "'")));
		}
		if (existing == null) {
			if (!user.managesCluster(candidate.clusterId())) {
				throw new ForbiddenException("organisations are added by the managers of their cluster");
			}
			return;
		}
		if (!mayEdit(user, existing)) {
			throw new ForbiddenException("you may not edit organisation " + existing.id());
		}
		boolean moves = !java.util.Objects.equals(existing.clusterId(), candidate.clusterId());
		if (moves && !user.managesCluster(candidate.clusterId())) {
			throw new ForbiddenException("only the managers of the target cluster may move an organisation there");
		}
	}

	/**
	 * Imports organisations in the JSON Lines contract format, line by line: bad lines
	 * are reported and skipped, good ones created or updated by id. Managers may import
	 * into their own cluster only.
	 */
	public ImportReport importOrganizations(CurrentUser user, InputStream in, ImportProgress progress)
			throws IOException {
		return importer.importLines(user, in, progress);
	}

	/**
	 * Streams every organisation matching {@code filters} (page and size ignored) in
	 * {@code format}: public profiles for everyone, contacts only where
	 * {@link #maySeeContacts} allows.
	 */
	public void export(CurrentUser user, OrganizationQuery filters, ImportFormat format, OutputStream out)
			throws IOException {
		exports.write(format, out, sink -> {
			String after = "";
			List<Organization> page;
			do {
				page = organizations.findAfter(filters, after, EXPORT_PAGE);
				List<String> visible = page.stream()
					.filter(o -> maySeeContacts(user, o))
					.map(Organization::id)
					.toList();
				Map<String, List<Contact>> contacts = batches.contactsOf(visible);
				for (Organization o : page) {
					sink.accept(OrganizationDocument.of(o,
							maySeeContacts(user, o) ? contacts.getOrDefault(o.id(), List.of()) : null));
				}
				after = page.isEmpty() ? after : page.get(page.size() - 1).id();
			}
			while (page.size() == EXPORT_PAGE);
		});
	}

	/** Export of the public profiles, plus contacts where the user may see them. */
	public List<OrganizationDocument> export(CurrentUser user, OrganizationQuery query) {
		List<Organization> page = organizations(query).items();
		Map<String, List<Contact>> contacts = contactsFor(user, page);
		return page.stream().map(o -> OrganizationDocument.of(o, contacts.get(o.id()))).toList();
	}

}
