package org.kakehashi.directory.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kakehashi.directory.Contact;
import org.kakehashi.directory.ImportProgress;
import org.kakehashi.directory.ImportReport;
import org.kakehashi.directory.Organization;
import org.kakehashi.directory.OrganizationDocument;
import org.kakehashi.directory.OrganizationRules;
import org.kakehashi.directory.OrganizationsImported;
import org.kakehashi.shared.AuditEntry;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One import run, fed document by document by a reader of any format (JSON Lines, CSV,
 * XLSX): checks each with {@link OrganizationRules} and the user's clusters, and writes
 * the good ones in batches (one transaction, a few SQL round trips and one
 * {@link OrganizationsImported} per batch). The row numbers given are the ones the report
 * shows. Not thread-safe.
 */
public final class ImportSession implements ImportSink {

	static final int BATCH = 500;

	/** Room for the ids of one event, leaving space for the JSON around them. */
	static final int MAX_EVENT_CHARS = 3500;

	static final String FOREIGN = "id: belongs to an organisation of another cluster; "
			+ "only that cluster's managers or an administrator may change it";

	private final CurrentUser user;

	private final ImportProgress progress;

	private final OrganizationBatches organizations;

	private final ClusterRepository clusters;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Map<String, Boolean> knownClusters = new HashMap<>();

	private final List<Parsed> batch = new ArrayList<>(BATCH);

	private @Nullable String defaultCluster;

	private long rows;

	private long created;

	private long updated;

	private long rejected;

	private final List<ImportReport.LineProblem> problems = new ArrayList<>();

	private long lastRow;

	private long lastBytes;

	private long checkpointedRows;

	private int checkpointedProblems;

	ImportSession(CurrentUser user, ImportProgress progress, OrganizationBatches organizations,
			ClusterRepository clusters, TransactionTemplate transactions, ApplicationEventPublisher events) {
		this.user = user;
		this.progress = progress;
		this.organizations = organizations;
		this.clusters = clusters;
		this.transactions = transactions;
		this.events = events;
	}

	/** The cluster of documents that name none; null to leave them without. */
	public void defaultCluster(@Nullable String cluster) {
		this.defaultCluster = cluster;
	}

	/** Counts a row that carries nothing (a blank line), so totals match the source. */
	@Override
	public void skip(long row) {
		rows++;
		lastRow = Math.max(lastRow, row);
	}

	/** Checks a document read from row {@code row}; writes it with its batch. */
	@Override
	public void accept(long row, OrganizationDocument doc, long bytesRead) {
		rows++;
		lastRow = Math.max(lastRow, row);
		lastBytes = bytesRead;
		try {
			Organization org = OrganizationRules.toOrganization(withCluster(doc), 0);
			ImportReport.LineProblem problem = clusterProblem(row, org.clusterId());
			if (problem != null) {
				addProblem(problem);
			}
			else {
				batch.add(new Parsed(row, org, doc));
			}
		}
		catch (IllegalArgumentException | InvalidInputException ex) {
			addProblem(row, ex.getMessage());
		}
		checkpointIfDue();
	}

	/**
	 * A full batch is written; a long run of rejected lines is checkpointed too, so the
	 * recorded progress never lags far behind the file.
	 */
	private void checkpointIfDue() {
		if (batch.size() == BATCH || rows - checkpointedRows >= BATCH) {
			flush(lastBytes);
		}
	}

	private OrganizationDocument withCluster(OrganizationDocument d) {
		if (defaultCluster == null || (d.cluster() != null && !d.cluster().isBlank())) {
			return d;
		}
		return new OrganizationDocument(d.id(), d.kind(), d.country(), d.city(), defaultCluster, d.size(), d.name(),
				d.description(), d.topics(), d.interests(), d.website(), d.contacts(), d.version());
	}

	/** Rejects a row that could not be read as a document at all. */
	public void reject(long row, String reason) {
		reject(new ImportReport.LineProblem(row, reason));
	}

	/**
	 * As above, with a message {@code code} and its {@code args}, so the report reads in
	 * the reader's language.
	 */
	@Override
	public void reject(ImportReport.LineProblem problem) {
		rows++;
		lastRow = Math.max(lastRow, problem.line());
		addProblem(problem);
		checkpointIfDue();
	}

	public ImportReport finish(long bytesRead) {
		flush(bytesRead);
		// ownership is checked per batch, after the line's own checks: list in line order
		problems.sort(Comparator.comparingLong(ImportReport.LineProblem::line));
		return new ImportReport(rows, created, updated, rejected, List.copyOf(problems));
	}

	private ImportReport.@Nullable LineProblem clusterProblem(long row, @Nullable String cluster) {
		if (cluster != null && !knownClusters.computeIfAbsent(cluster, c -> clusters.findById(c).isPresent())) {
			return new ImportReport.LineProblem(row, "cluster: unknown cluster '" + cluster + "'",
					"import.problem.unknownCluster", List.of(cluster));
		}
		if (!user.managesCluster(cluster)) {
			return new ImportReport.LineProblem(row, "cluster: you may import only into your own cluster",
					"import.problem.ownCluster", List.of());
		}
		return null;
	}

	private void addProblem(long row, String reason) {
		addProblem(new ImportReport.LineProblem(row, reason));
	}

	private void addProblem(ImportReport.LineProblem problem) {
		rejected++;
		if (problems.size() < ImportReport.MAX_LISTED) {
			problems.add(problem);
		}
	}

	/**
	 * Writes the batch and the checkpoint in one transaction: after a crash the recorded
	 * progress and the rows agree.
	 */
	private void flush(long bytesRead) {
		transactions.executeWithoutResult(tx -> {
			if (!batch.isEmpty()) {
				write(batch);
			}
			// after write: it rejects lines that touch another cluster's organisations
			List<ImportReport.LineProblem> fresh = List.copyOf(problems.subList(checkpointedProblems, problems.size()));
			progress
				.checkpoint(new ImportProgress.Checkpoint(lastRow, rows, bytesRead, created, updated, rejected, fresh));
		});
		batch.clear();
		checkpointedRows = rows;
		checkpointedProblems = problems.size();
		progress.update(rows, bytesRead);
	}

	private void counted(Parsed p, boolean exists) {
		if (exists) {
			updated++;
		}
		else {
			created++;
		}
		events.publishEvent(
				new AuditEntry(user.username(), exists ? "organization.imported-update" : "organization.imported",
						"organization", p.org().id(), "line " + p.line()));
	}

	/**
	 * Rows of one batch in order; an id named twice is written once, as its last row
	 * says. An id that exists belongs to its cluster: a row only its managers (or an
	 * administrator) may apply is rejected here, so no line can move another cluster's
	 * organisation or overwrite its profile and contacts.
	 */
	private void write(List<Parsed> parsed) {
		Map<String, OrganizationBatches.Existing> existing = organizations
			.existing(parsed.stream().map(p -> p.org().id()).distinct().toList());
		Map<String, Long> versions = new HashMap<>();
		Map<String, Organization> latest = new LinkedHashMap<>();
		Map<String, List<Contact>> contacts = new LinkedHashMap<>();
		for (Parsed p : parsed) {
			OrganizationBatches.Existing owner = existing.get(p.org().id());
			if (owner != null && !user.managesCluster(owner.clusterId())) {
				addProblem(new ImportReport.LineProblem(p.line(), FOREIGN, "import.problem.foreign", List.of()));
				continue;
			}
			if (owner != null) {
				versions.put(p.org().id(), owner.version());
			}
			counted(p, versions.containsKey(p.org().id()) || latest.containsKey(p.org().id()));
			latest.put(p.org().id(), p.org());
			if (p.doc().contacts() != null) {
				contacts.put(p.org().id(), p.doc().contacts());
			}
		}
		List<Organization> inserts = new ArrayList<>();
		List<Organization> updates = new ArrayList<>();
		latest.forEach((id, org) -> {
			Long version = versions.get(id);
			if (version == null) {
				inserts.add(org);
			}
			else {
				updates.add(withVersion(org, version));
			}
		});
		organizations.insertAll(inserts);
		organizations.updateAll(updates);
		organizations.replaceContacts(contacts);
		announce(latest.keySet());
	}

	/**
	 * One {@link OrganizationsImported} per batch, split where the event would outgrow
	 * what the event publication registry stores (4,000 characters on H2): a batch of 500
	 * long ids would not fit.
	 */
	private void announce(Collection<String> ids) {
		List<String> chunk = new ArrayList<>();
		int chars = 0;
		for (String id : ids) {
			if (chars + id.length() + 3 > MAX_EVENT_CHARS) {
				events.publishEvent(new OrganizationsImported(chunk));
				chunk = new ArrayList<>();
				chars = 0;
			}
			chunk.add(id);
			chars += id.length() + 3;
		}
		if (!chunk.isEmpty()) {
			events.publishEvent(new OrganizationsImported(chunk));
		}
	}

	private static Organization withVersion(Organization o, long version) {
		return new Organization(o.id(), o.kind(), o.country(), o.city(), o.clusterId(), o.size(), o.names(),
				o.descriptions(), o.topics(), o.interests(), o.website(), version);
	}

	private record Parsed(long line, Organization org, OrganizationDocument doc) {
	}

}
