package org.kakehashi.directory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.kakehashi.directory.ImportProgress;
import org.kakehashi.directory.ImportReport;
import org.kakehashi.directory.Organization;
import org.kakehashi.directory.OrganizationsImported;
import org.kakehashi.directory.OrganizationDocument;
import org.kakehashi.directory.OrganizationRules;
import org.kakehashi.shared.AuditEntry;
import org.kakehashi.shared.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams a JSON Lines file into the directory in batches (one transaction per batch), so memory
 * stays flat however large the file is and a bad line never stops the good ones.
 */
@Component
public class OrganizationImporter {

	static final int MAX_LINE_BYTES = 1024 * 1024;

	private static final int BATCH = 500;

	private final JsonMapper json = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final OrganizationRepository organizations;

	private final ClusterRepository clusters;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	OrganizationImporter(OrganizationRepository organizations, ClusterRepository clusters,
			TransactionTemplate transactions, ApplicationEventPublisher events) {
		this.organizations = organizations;
		this.clusters = clusters;
		this.transactions = transactions;
		this.events = events;
	}

	public ImportReport importLines(CurrentUser user, InputStream in, ImportProgress progress) throws IOException {
		BoundedLineReader reader = new BoundedLineReader(in, MAX_LINE_BYTES);
		Counts counts = new Counts();
		List<Parsed> batch = new ArrayList<>(BATCH);
		BoundedLineReader.Line line;
		while ((line = reader.next()) != null) {
			counts.lines++;
			if (line.problem() != null) {
				counts.reject(line.number(), line.problem());
			}
			else if (!line.text().isBlank()) {
				parse(user, line, counts, batch);
			}
			if (batch.size() == BATCH) {
				flush(user, batch, counts);
				progress.update(counts.lines, reader.bytesRead());
			}
		}
		flush(user, batch, counts);
		progress.update(counts.lines, reader.bytesRead());
		return counts.report();
	}

	private void parse(CurrentUser user, BoundedLineReader.Line line, Counts counts, List<Parsed> batch) {
		try {
			OrganizationDocument doc = json.readValue(line.text(), OrganizationDocument.class);
			Organization org = OrganizationRules.toOrganization(doc, 0);
			if (org.clusterId() != null && clusters.findById(org.clusterId()).isEmpty()) {
				counts.reject(line.number(), "cluster: unknown cluster '" + org.clusterId() + "'");
			}
			else if (!user.managesCluster(org.clusterId())) {
				counts.reject(line.number(), "cluster: you may import only into your own cluster");
			}
			else {
				batch.add(new Parsed(line.number(), org, doc));
			}
		}
		catch (IllegalArgumentException ex) {
			counts.reject(line.number(), ex.getMessage());
		}
		catch (RuntimeException ex) {
			counts.reject(line.number(), "invalid JSON: " + firstLine(ex.getMessage()));
		}
	}

	private void flush(CurrentUser user, List<Parsed> batch, Counts counts) {
		if (batch.isEmpty()) {
			return;
		}
		transactions.executeWithoutResult(tx -> {
			batch.forEach(p -> upsert(user, p, counts));
			events.publishEvent(new OrganizationsImported(batch.stream().map(p -> p.org().id()).distinct().toList()));
		});
		batch.clear();
	}

	private void upsert(CurrentUser user, Parsed p, Counts counts) {
		var version = organizations.versionOf(p.org().id());
		if (version.isPresent()) {
			organizations.update(withVersion(p.org(), version.get()));
			counts.updated++;
		}
		else {
			organizations.insert(p.org());
			counts.created++;
		}
		if (p.doc().contacts() != null) {
			organizations.replaceContacts(p.org().id(), p.doc().contacts());
		}
		events.publishEvent(new AuditEntry(user.username(), version.isPresent() ? "organization.imported-update"
				: "organization.imported", "organization", p.org().id(), "line " + p.line()));
	}

	private static Organization withVersion(Organization o, long version) {
		return new Organization(o.id(), o.kind(), o.country(), o.city(), o.clusterId(), o.size(), o.names(),
				o.descriptions(), o.topics(), o.interests(), o.website(), version);
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "unreadable";
		}
		int nl = message.indexOf('\n');
		return nl < 0 ? message : message.substring(0, nl);
	}

	private record Parsed(long line, Organization org, OrganizationDocument doc) {
	}

	private static final class Counts {

		long lines;

		long created;

		long updated;

		long rejected;

		final List<ImportReport.LineProblem> problems = new ArrayList<>();

		void reject(long line, String reason) {
			rejected++;
			if (problems.size() < ImportReport.MAX_LISTED) {
				problems.add(new ImportReport.LineProblem(line, reason));
			}
		}

		ImportReport report() {
			return new ImportReport(lines, created, updated, rejected, List.copyOf(problems));
		}

	}

}
